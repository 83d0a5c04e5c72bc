CREATE TABLE "assessment_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"imported_by" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"school_ids" jsonb NOT NULL,
	"first_date" date NOT NULL,
	"last_date" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_imports_hash" UNIQUE("organization_id","content_hash")
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid,
	"school_year" smallint NOT NULL,
	"local_course_code" text,
	"section_identifier" text,
	"assessment_identifier" text NOT NULL,
	"assessment_title" text,
	"subject" text NOT NULL,
	"grade_level" text NOT NULL,
	"administration_date" date NOT NULL,
	"number_tested" integer NOT NULL,
	"number_proficient" integer NOT NULL,
	"average_score" real,
	CONSTRAINT "assessment_results_natural_key" UNIQUE NULLS NOT DISTINCT("organization_id","school_id","assessment_identifier","administration_date","grade_level","section_identifier","local_course_code")
);
--> statement-breakpoint
CREATE TABLE "credential_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"evidence" jsonb NOT NULL,
	"reflections" jsonb NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reviewer_id" uuid,
	"scores" jsonb,
	"feedback" text,
	"decision" text,
	"decided_at" timestamp (3) with time zone,
	CONSTRAINT "credential_attempts_number" UNIQUE("submission_id","number")
);
--> statement-breakpoint
CREATE TABLE "credential_issuer_keys" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"public_key_multibase" text NOT NULL,
	"sealed_private_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"micro_credential_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft" jsonb NOT NULL,
	"attempt_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_submissions_one" UNIQUE("organization_id","micro_credential_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "issued_credentials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"earner_id" uuid NOT NULL,
	"document" jsonb NOT NULL,
	"issued_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_credentials_submission" UNIQUE("submission_id")
);
--> statement-breakpoint
CREATE TABLE "micro_credentials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by" uuid,
	"title" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"competency" jsonb NOT NULL,
	"key_method" jsonb NOT NULL,
	"practice_id" uuid,
	"requirements" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_facts" (
	"organization_id" uuid NOT NULL,
	"source" text NOT NULL,
	"metric" text NOT NULL,
	"initiative_id" uuid,
	"practice_id" uuid,
	"person_id" uuid NOT NULL,
	"school_id" uuid,
	"team_id" uuid,
	"subject" text,
	"week" date NOT NULL,
	"total" double precision NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_people" (
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"school_id" uuid,
	"team_id" uuid
);
--> statement-breakpoint
CREATE TABLE "impact_pulse_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pulse_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "impact_pulse_responses_once" UNIQUE("organization_id","pulse_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "impact_pulses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"item_ids" text[] NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_watermarks" (
	"organization_id" uuid NOT NULL,
	"source" text NOT NULL,
	"read_until" timestamp (3) with time zone NOT NULL,
	"refreshed_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "impact_watermarks_organization_id_source_pk" PRIMARY KEY("organization_id","source")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"target_practice_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"scope" jsonb NOT NULL,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "card_trials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"card_slug" text NOT NULL,
	"plan_id" uuid,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recommendation_impressions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"card_slug" text NOT NULL,
	"surface" text NOT NULL,
	"opened" boolean DEFAULT false NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "units_org_team_idx";--> statement-breakpoint
ALTER TABLE "schools" ADD COLUMN "external_id" text;--> statement-breakpoint
ALTER TABLE "assessment_imports" ADD CONSTRAINT "assessment_imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_imports" ADD CONSTRAINT "assessment_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_import_id_assessment_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."assessment_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_attempts" ADD CONSTRAINT "credential_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_attempts" ADD CONSTRAINT "credential_attempts_submission_id_credential_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."credential_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_attempts" ADD CONSTRAINT "credential_attempts_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_issuer_keys" ADD CONSTRAINT "credential_issuer_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submissions" ADD CONSTRAINT "credential_submissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submissions" ADD CONSTRAINT "credential_submissions_micro_credential_id_micro_credentials_id_fk" FOREIGN KEY ("micro_credential_id") REFERENCES "public"."micro_credentials"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submissions" ADD CONSTRAINT "credential_submissions_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_submission_id_credential_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."credential_submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_credentials" ADD CONSTRAINT "issued_credentials_earner_id_users_id_fk" FOREIGN KEY ("earner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micro_credentials" ADD CONSTRAINT "micro_credentials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micro_credentials" ADD CONSTRAINT "micro_credentials_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_facts" ADD CONSTRAINT "impact_facts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_people" ADD CONSTRAINT "impact_people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_pulse_responses" ADD CONSTRAINT "impact_pulse_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_pulse_responses" ADD CONSTRAINT "impact_pulse_responses_pulse_id_impact_pulses_id_fk" FOREIGN KEY ("pulse_id") REFERENCES "public"."impact_pulses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_pulse_responses" ADD CONSTRAINT "impact_pulse_responses_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_pulses" ADD CONSTRAINT "impact_pulses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_pulses" ADD CONSTRAINT "impact_pulses_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_watermarks" ADD CONSTRAINT "impact_watermarks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_trials" ADD CONSTRAINT "card_trials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_trials" ADD CONSTRAINT "card_trials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "card_trials" ADD CONSTRAINT "card_trials_plan_id_lesson_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lesson_plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_impressions" ADD CONSTRAINT "recommendation_impressions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_impressions" ADD CONSTRAINT "recommendation_impressions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_imports_org_created_idx" ON "assessment_imports" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "assessment_results_org_date_idx" ON "assessment_results" USING btree ("organization_id","administration_date","school_id");--> statement-breakpoint
CREATE INDEX "assessment_results_org_import_idx" ON "assessment_results" USING btree ("organization_id","import_id");--> statement-breakpoint
CREATE INDEX "credential_submissions_org_status_idx" ON "credential_submissions" USING btree ("organization_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "issued_credentials_earner_idx" ON "issued_credentials" USING btree ("organization_id","earner_id");--> statement-breakpoint
CREATE INDEX "micro_credentials_org_idx" ON "micro_credentials" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "impact_facts_org_metric_week_idx" ON "impact_facts" USING btree ("organization_id","metric","week");--> statement-breakpoint
CREATE INDEX "impact_facts_org_source_person_idx" ON "impact_facts" USING btree ("organization_id","source","person_id","week");--> statement-breakpoint
CREATE INDEX "impact_people_org_person_idx" ON "impact_people" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "impact_people_org_team_idx" ON "impact_people" USING btree ("organization_id","team_id");--> statement-breakpoint
CREATE INDEX "impact_pulse_responses_org_created_idx" ON "impact_pulse_responses" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "impact_pulses_org_initiative_idx" ON "impact_pulses" USING btree ("organization_id","initiative_id","opens_on");--> statement-breakpoint
CREATE INDEX "initiatives_org_year_idx" ON "initiatives" USING btree ("organization_id","school_year","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "card_trials_user_card_plan" ON "card_trials" USING btree ("organization_id","user_id","card_slug","plan_id") WHERE "card_trials"."plan_id" is not null;--> statement-breakpoint
CREATE INDEX "card_trials_org_card_idx" ON "card_trials" USING btree ("organization_id","card_slug");--> statement-breakpoint
CREATE INDEX "card_trials_org_user_idx" ON "card_trials" USING btree ("organization_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "recommendation_impressions_org_user_at_idx" ON "recommendation_impressions" USING btree ("organization_id","user_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "schools_org_external_id_idx" ON "schools" USING btree ("organization_id","external_id");--> statement-breakpoint
CREATE INDEX "units_org_team_idx" ON "units" USING btree ("organization_id","team_id","title","id");