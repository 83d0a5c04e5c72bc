-- Written by hand (drizzle-kit cannot express it): the library's search configuration, which the
-- generated "search" column below depends on. Spanish cards are indexed twice: through `spanish`, and
-- through `conecta_spanish_unaccent` (accents folded, then stemmed), so a word typed without its accent
-- still matches. Where the server lacks the unaccent extension (no contrib package), that configuration
-- stays a plain copy of `spanish` and search is accent-sensitive (docs/api.md).
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS unaccent;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'unaccent is not available: Spanish library search will be accent-sensitive';
END $$;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION conecta_spanish_unaccent (COPY = pg_catalog.spanish);
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    ALTER TEXT SEARCH CONFIGURATION conecta_spanish_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
  END IF;
END $$;
--> statement-breakpoint
-- A card's weighted search document in one text search configuration: title A, summary B,
-- body and steps C, why it works and the example D. Immutable, so a generated column may use it.
CREATE FUNCTION library_card_search(
  config regconfig, title text, summary text, body text, steps jsonb, why_it_works text, example text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(config, title), 'A')
    || setweight(to_tsvector(config, summary), 'B')
    || setweight(to_tsvector(config, body) || jsonb_to_tsvector(config, steps, '["string"]'), 'C')
    || setweight(to_tsvector(config, why_it_works) || to_tsvector(config, example), 'D')
$$;
--> statement-breakpoint
CREATE TABLE "resource_reactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"resource_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"useful" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resource_reactions_resource_user" UNIQUE("organization_id","resource_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "strategy_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"slug" text NOT NULL,
	"locale" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"minutes" integer NOT NULL,
	"body" text NOT NULL,
	"why_it_works" text NOT NULL,
	"example" text NOT NULL,
	"steps" jsonb NOT NULL,
	"grade_bands" jsonb NOT NULL,
	"practice_tags" text[] NOT NULL,
	"subjects" text[] NOT NULL,
	"content_hash" text,
	"search" "tsvector" GENERATED ALWAYS AS (case when "locale" = 'es'
  then library_card_search('spanish', "title", "summary", "body", "steps", "why_it_works", "example")
    || library_card_search('conecta_spanish_unaccent', "title", "summary", "body", "steps", "why_it_works", "example")
  else library_card_search('english', "title", "summary", "body", "steps", "why_it_works", "example") end) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_cards_org_slug_locale" UNIQUE("organization_id","slug","locale")
);
--> statement-breakpoint
ALTER TABLE "resource_reactions" ADD CONSTRAINT "resource_reactions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resource_reactions" ADD CONSTRAINT "resource_reactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_cards" ADD CONSTRAINT "strategy_cards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "strategy_cards_builtin_slug_locale" ON "strategy_cards" USING btree ("slug","locale") WHERE "strategy_cards"."organization_id" is null;--> statement-breakpoint
CREATE INDEX "strategy_cards_org_locale_title_idx" ON "strategy_cards" USING btree ("organization_id","locale","title","id");--> statement-breakpoint
CREATE INDEX "strategy_cards_search_idx" ON "strategy_cards" USING gin ("search");