CREATE TABLE "coaching_cycle_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"client_id" uuid,
	"date" date NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_cycle_checks_client" UNIQUE("organization_id","cycle_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_cycle_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"plan_id" uuid,
	"observation_id" uuid,
	"reflection_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_cycle_links_plan" UNIQUE("organization_id","cycle_id","plan_id"),
	CONSTRAINT "coaching_cycle_links_observation" UNIQUE("organization_id","cycle_id","observation_id"),
	CONSTRAINT "coaching_cycle_links_reflection" UNIQUE("organization_id","cycle_id","reflection_id"),
	CONSTRAINT "coaching_cycle_links_one_target" CHECK (("coaching_cycle_links"."kind" = 'plan' and "coaching_cycle_links"."plan_id" is not null and "coaching_cycle_links"."observation_id" is null and "coaching_cycle_links"."reflection_id" is null)
        or ("coaching_cycle_links"."kind" = 'observation' and "coaching_cycle_links"."observation_id" is not null and "coaching_cycle_links"."plan_id" is null and "coaching_cycle_links"."reflection_id" is null)
        or ("coaching_cycle_links"."kind" = 'reflection' and "coaching_cycle_links"."reflection_id" is not null and "coaching_cycle_links"."plan_id" is null and "coaching_cycle_links"."observation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "coaching_cycle_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"client_id" uuid,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"notes" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_cycle_sessions_client" UNIQUE("organization_id","cycle_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"measure" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_evidence" text,
	"target_value" double precision NOT NULL,
	"target_date" date NOT NULL,
	"strategy_card_id" text,
	"strategy_text" text,
	"stage" text DEFAULT 'identify' NOT NULL,
	"outcome" text,
	"teacher_reflection" text,
	"reflected_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_digests" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"mail_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_digests_organization_id_user_id_day_pk" PRIMARY KEY("organization_id","user_id","day")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text DEFAULT 'immediate' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text,
	"dedupe_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone,
	"emailed_at" timestamp (3) with time zone,
	"digested_at" timestamp (3) with time zone,
	CONSTRAINT "notifications_dedupe" UNIQUE("organization_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "observation_ratings" (
	"organization_id" uuid NOT NULL,
	"observation_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"note" text,
	"rated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"by_id" uuid NOT NULL,
	CONSTRAINT "observation_ratings_organization_id_observation_id_practice_id_pk" PRIMARY KEY("organization_id","observation_id","practice_id"),
	CONSTRAINT "observation_ratings_level" CHECK ("observation_ratings"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "walk_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"walk_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"walker_id" uuid NOT NULL,
	"room_label" text,
	"grade_band" text,
	"subject" text,
	"evidence" text NOT NULL,
	"students_showing" integer,
	"students_observed" integer,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "walk_rooms_client" UNIQUE("organization_id","walk_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "walks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"look_for_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"look_for_text" jsonb NOT NULL,
	"practice_title" jsonb NOT NULL,
	"purpose" text,
	"date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_by" text,
	"locked_until" timestamp (3) with time zone,
	"done_at" timestamp (3) with time zone,
	"failed_at" timestamp (3) with time zone,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "locked_until" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "next_attempt_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "observations" ADD COLUMN "tallies" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "evaluative_observations" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_cycle_checks" ADD CONSTRAINT "coaching_cycle_checks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_checks" ADD CONSTRAINT "coaching_cycle_checks_cycle_id_coaching_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."coaching_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_checks" ADD CONSTRAINT "coaching_cycle_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_cycle_id_coaching_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."coaching_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_plan_id_lesson_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lesson_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_reflection_id_reflections_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_links" ADD CONSTRAINT "coaching_cycle_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_sessions" ADD CONSTRAINT "coaching_cycle_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_sessions" ADD CONSTRAINT "coaching_cycle_sessions_cycle_id_coaching_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."coaching_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycle_sessions" ADD CONSTRAINT "coaching_cycle_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycles" ADD CONSTRAINT "coaching_cycles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycles" ADD CONSTRAINT "coaching_cycles_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_cycles" ADD CONSTRAINT "coaching_cycles_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD CONSTRAINT "notification_digests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD CONSTRAINT "notification_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_digests" ADD CONSTRAINT "notification_digests_mail_id_mail_outbox_id_fk" FOREIGN KEY ("mail_id") REFERENCES "public"."mail_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_ratings" ADD CONSTRAINT "observation_ratings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_ratings" ADD CONSTRAINT "observation_ratings_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_ratings" ADD CONSTRAINT "observation_ratings_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_rooms" ADD CONSTRAINT "walk_rooms_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_rooms" ADD CONSTRAINT "walk_rooms_walk_id_walks_id_fk" FOREIGN KEY ("walk_id") REFERENCES "public"."walks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walk_rooms" ADD CONSTRAINT "walk_rooms_walker_id_users_id_fk" FOREIGN KEY ("walker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walks" ADD CONSTRAINT "walks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walks" ADD CONSTRAINT "walks_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "walks" ADD CONSTRAINT "walks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_cycle_checks_org_cycle_idx" ON "coaching_cycle_checks" USING btree ("organization_id","cycle_id","date");--> statement-breakpoint
CREATE INDEX "coaching_cycle_links_org_cycle_idx" ON "coaching_cycle_links" USING btree ("organization_id","cycle_id","created_at");--> statement-breakpoint
CREATE INDEX "coaching_cycle_sessions_org_cycle_idx" ON "coaching_cycle_sessions" USING btree ("organization_id","cycle_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "coaching_cycles_open_pair" ON "coaching_cycles" USING btree ("organization_id","coach_id","teacher_id") WHERE "coaching_cycles"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "coaching_cycles_org_coach_idx" ON "coaching_cycles" USING btree ("organization_id","coach_id","created_at","id");--> statement-breakpoint
CREATE INDEX "coaching_cycles_org_teacher_idx" ON "coaching_cycles" USING btree ("organization_id","teacher_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_org_user_created_idx" ON "notifications" USING btree ("organization_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_org_user_unread_idx" ON "notifications" USING btree ("organization_id","user_id") WHERE read_at is null;--> statement-breakpoint
CREATE INDEX "walk_rooms_org_walk_idx" ON "walk_rooms" USING btree ("organization_id","walk_id","walker_id");--> statement-breakpoint
CREATE INDEX "walks_org_school_created_idx" ON "walks" USING btree ("organization_id","school_id","created_at","id");--> statement-breakpoint
CREATE INDEX "walks_org_created_idx" ON "walks" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_key_idx" ON "jobs" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "jobs_open_run_at_idx" ON "jobs" USING btree ("run_at") WHERE done_at is null and failed_at is null;--> statement-breakpoint
CREATE INDEX "mail_outbox_unsent_idx" ON "mail_outbox" USING btree ("created_at") WHERE sent_at is null;--> statement-breakpoint
CREATE INDEX "observations_follow_up_due_idx" ON "observations" USING btree ("follow_up_due");