CREATE TABLE "impact_dashboard_views" (
	"organization_id" uuid NOT NULL,
	"view_key" text NOT NULL,
	"version" integer NOT NULL,
	"aggregates" jsonb NOT NULL,
	"built_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_dashboard_views_organization_id_view_key_pk" PRIMARY KEY("organization_id","view_key")
);
--> statement-breakpoint
CREATE TABLE "impact_rollup_versions" (
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"changed_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "impact_rollup_versions_organization_id_pk" PRIMARY KEY("organization_id")
);
--> statement-breakpoint
CREATE TABLE "pathway_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pathway_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid,
	"enrolled_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pathway_enrolments_one" UNIQUE("pathway_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pathway_step_completions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pathway_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"note" text,
	"plan_id" uuid,
	"completed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pathway_step_completions_one" UNIQUE("step_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "pathway_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pathway_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"card_slug" text,
	"title" jsonb,
	"instructions" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "pathways" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"audience" text NOT NULL,
	"initiative_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_district_profiles" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"student_count" integer NOT NULL,
	"poverty_rate" double precision NOT NULL,
	"english_learner_share" double precision NOT NULL,
	"urbanicity" text NOT NULL,
	"opted_in" boolean DEFAULT false NOT NULL,
	"opted_in_by" uuid,
	"opted_in_at" timestamp (3) with time zone,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"context_changed_at" timestamp (3) with time zone,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_district_snapshots" (
	"organization_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"key" text NOT NULL,
	"domain" text NOT NULL,
	"value" double precision,
	"people" integer NOT NULL,
	"refreshed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_district_snapshots_organization_id_school_year_key_pk" PRIMARY KEY("organization_id","school_year","key")
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"submitted_by" uuid,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessments_org_year" UNIQUE("organization_id","school_year")
);
--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD COLUMN "revoked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD COLUMN "revoked_by" uuid;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD COLUMN "revocation_reason" text;--> statement-breakpoint
ALTER TABLE "micro_credentials" ADD COLUMN "archived_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "impact_dashboard_views" ADD CONSTRAINT "impact_dashboard_views_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_rollup_versions" ADD CONSTRAINT "impact_rollup_versions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_enrolments" ADD CONSTRAINT "pathway_enrolments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_enrolments" ADD CONSTRAINT "pathway_enrolments_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_enrolments" ADD CONSTRAINT "pathway_enrolments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_enrolments" ADD CONSTRAINT "pathway_enrolments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_step_completions" ADD CONSTRAINT "pathway_step_completions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_step_completions" ADD CONSTRAINT "pathway_step_completions_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_step_completions" ADD CONSTRAINT "pathway_step_completions_step_id_pathway_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."pathway_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_step_completions" ADD CONSTRAINT "pathway_step_completions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_steps" ADD CONSTRAINT "pathway_steps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathway_steps" ADD CONSTRAINT "pathway_steps_pathway_id_pathways_id_fk" FOREIGN KEY ("pathway_id") REFERENCES "public"."pathways"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pathways" ADD CONSTRAINT "pathways_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_district_profiles" ADD CONSTRAINT "peer_district_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_district_profiles" ADD CONSTRAINT "peer_district_profiles_opted_in_by_users_id_fk" FOREIGN KEY ("opted_in_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_district_profiles" ADD CONSTRAINT "peer_district_profiles_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_district_snapshots" ADD CONSTRAINT "peer_district_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pathway_enrolments_org_user_idx" ON "pathway_enrolments" USING btree ("organization_id","user_id");--> statement-breakpoint
CREATE INDEX "pathway_step_completions_org_pathway_idx" ON "pathway_step_completions" USING btree ("organization_id","pathway_id","user_id");--> statement-breakpoint
CREATE INDEX "pathway_steps_org_pathway_idx" ON "pathway_steps" USING btree ("organization_id","pathway_id","position");--> statement-breakpoint
CREATE INDEX "pathways_org_status_idx" ON "pathways" USING btree ("organization_id","status","created_at");--> statement-breakpoint
CREATE INDEX "self_assessments_org_updated_idx" ON "self_assessments" USING btree ("organization_id","updated_at");--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Credential rubric scores are now 0–1 (level ÷ top level), no longer raw levels: forget the credentials
-- source's rollup and watermark so the next refresh reads it whole on the new scale.
DELETE FROM "impact_facts" WHERE "source" = 'credentials';--> statement-breakpoint
DELETE FROM "impact_watermarks" WHERE "source" = 'credentials';
