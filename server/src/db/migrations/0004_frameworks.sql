CREATE TABLE "framework_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"framework_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "framework_domains_code" UNIQUE NULLS NOT DISTINCT("organization_id","framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework_look_fors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"framework_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"text" jsonb NOT NULL,
	CONSTRAINT "framework_look_fors_code" UNIQUE NULLS NOT DISTINCT("organization_id","practice_id","code")
);
--> statement-breakpoint
CREATE TABLE "framework_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"framework_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"levels" jsonb NOT NULL,
	"plan_terms" jsonb NOT NULL,
	"resource_ids" text[] NOT NULL,
	CONSTRAINT "framework_practices_code" UNIQUE NULLS NOT DISTINCT("organization_id","framework_id","code")
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"source" jsonb NOT NULL,
	"locales" text[] NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frameworks_org_code" UNIQUE NULLS NOT DISTINCT("organization_id","code")
);
--> statement-breakpoint
CREATE TABLE "growth_focus" (
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"practice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "growth_focus_organization_id_user_id_position_pk" PRIMARY KEY("organization_id","user_id","position"),
	CONSTRAINT "growth_focus_user_practice" UNIQUE("organization_id","user_id","practice_id")
);
--> statement-breakpoint
CREATE TABLE "school_frameworks" (
	"organization_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_frameworks_organization_id_school_id_pk" PRIMARY KEY("organization_id","school_id")
);
--> statement-breakpoint
ALTER TABLE "framework_domains" ADD CONSTRAINT "framework_domains_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_domains" ADD CONSTRAINT "framework_domains_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_look_fors" ADD CONSTRAINT "framework_look_fors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_look_fors" ADD CONSTRAINT "framework_look_fors_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_look_fors" ADD CONSTRAINT "framework_look_fors_practice_id_framework_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."framework_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_practices" ADD CONSTRAINT "framework_practices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_practices" ADD CONSTRAINT "framework_practices_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "framework_practices" ADD CONSTRAINT "framework_practices_domain_id_framework_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."framework_domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_focus" ADD CONSTRAINT "growth_focus_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_focus" ADD CONSTRAINT "growth_focus_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "growth_focus" ADD CONSTRAINT "growth_focus_practice_id_framework_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."framework_practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_frameworks" ADD CONSTRAINT "school_frameworks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_frameworks" ADD CONSTRAINT "school_frameworks_school_id_schools_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."schools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_frameworks" ADD CONSTRAINT "school_frameworks_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "framework_look_fors_framework_idx" ON "framework_look_fors" USING btree ("organization_id","framework_id");--> statement-breakpoint
CREATE INDEX "framework_practices_domain_idx" ON "framework_practices" USING btree ("organization_id","domain_id");--> statement-breakpoint
CREATE INDEX "growth_focus_practice_idx" ON "growth_focus" USING btree ("practice_id");