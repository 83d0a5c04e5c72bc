CREATE TABLE "observation_feedback" (
	"organization_id" uuid NOT NULL,
	"observation_id" uuid NOT NULL,
	"strength" text NOT NULL,
	"growth_area" text NOT NULL,
	"action_step_text" text NOT NULL,
	"how_to_practise" text NOT NULL,
	"resource_id" text,
	"practice_id" uuid,
	"shared_at" timestamp (3) with time zone,
	"teacher_response" text,
	"responded_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_feedback_organization_id_observation_id_pk" PRIMARY KEY("organization_id","observation_id")
);
--> statement-breakpoint
CREATE TABLE "observation_follow_ups" (
	"organization_id" uuid NOT NULL,
	"observation_id" uuid NOT NULL,
	"action_step_progress" text NOT NULL,
	"note" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_id" uuid NOT NULL,
	CONSTRAINT "observation_follow_ups_organization_id_observation_id_pk" PRIMARY KEY("organization_id","observation_id")
);
--> statement-breakpoint
CREATE TABLE "observation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"observation_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"text" text NOT NULL,
	"practice_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"look_for_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_notes_client" UNIQUE("organization_id","observation_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"observer_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_at" timestamp (3) with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"class_id" uuid,
	"plan_id" uuid,
	"focus_practice_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"note" text,
	"follow_up_due" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "observation_feedback" ADD CONSTRAINT "observation_feedback_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_feedback" ADD CONSTRAINT "observation_feedback_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_feedback" ADD CONSTRAINT "observation_feedback_practice_id_framework_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."framework_practices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_follow_ups" ADD CONSTRAINT "observation_follow_ups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_follow_ups" ADD CONSTRAINT "observation_follow_ups_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_follow_ups" ADD CONSTRAINT "observation_follow_ups_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_notes" ADD CONSTRAINT "observation_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_notes" ADD CONSTRAINT "observation_notes_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_observer_id_users_id_fk" FOREIGN KEY ("observer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_plan_id_lesson_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lesson_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "observation_notes_org_observation_at_idx" ON "observation_notes" USING btree ("organization_id","observation_id","at","id");--> statement-breakpoint
CREATE INDEX "observations_org_observer_idx" ON "observations" USING btree ("organization_id","observer_id","scheduled_at","id");--> statement-breakpoint
CREATE INDEX "observations_org_teacher_idx" ON "observations" USING btree ("organization_id","teacher_id","scheduled_at","id");