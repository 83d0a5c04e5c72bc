// The SQL the Conecta server sends for each route's core work, copied from what Drizzle generates
// (identity.repo.ts sessionPrincipal, classes.repo.ts list), so the floor runs the very same queries;
// for lesson plans, the same statements as planning.repo.ts minus what the measured path never needs.

/** Session → user → organization → memberships, in one round trip (identityRepo.sessionPrincipal). */
export const SESSION_PRINCIPAL = `select "users"."id", "users"."organization_id", "organizations"."name" as organization_name,
  "users"."name", "users"."email", "users"."locale", coalesce((
    select json_agg(json_build_object('id', m.id, 'role', m.role, 'schoolId', m.school_id) order by m.role, m.school_id)
    from "memberships" m where m.organization_id = users.organization_id and m.user_id = users.id
  ), '[]'::json) as memberships, "sessions"."last_seen_at"
from "sessions"
inner join "users" on ("users"."id" = "sessions"."user_id" and "users"."organization_id" = "sessions"."organization_id")
inner join "organizations" on "organizations"."id" = "users"."organization_id"
where ("sessions"."id" = $1 and "sessions"."expires_at" > now() and "users"."status" = $2)`;

/** The caller's own classes, first page of 50 (+1 to know whether there is a next page) (classesRepo.list). */
export const CLASSES_OF_OWNER = `select "classes"."id", "classes"."organization_id", "classes"."school_id", "classes"."owner_id",
  "classes"."name", "classes"."subject", "classes"."grade_level", "classes"."period_minutes", "classes"."created_at",
  "classes"."archived_at", "users"."name" as owner_name
from "classes" inner join "users" on "users"."id" = "classes"."owner_id"
where ("classes"."organization_id" = $1 and "classes"."archived_at" is null and "classes"."owner_id" = $2)
order by "classes"."name" asc, "classes"."id" asc limit $3`;

/** Login's lookup: the columns a password check needs (the server selects the whole row). */
export const USER_BY_EMAIL = `select "id", "organization_id", "password_hash", "status" from "users" where "users"."email" = $1 limit $2`;

export const INSERT_SESSION = `insert into "sessions" ("id", "organization_id", "user_id", "expires_at", "user_agent", "ip")
values ($1, $2, $3, $4, $5, $6)`;

// Lesson plans (planning.repo.ts). The floor reads a plan by id and owner in one query: the app
// reads it by id and then checks the owner (sharing only matters for other people's plans, which
// the bench does not read). `date` as text: the app reads it as a plain string, not a Date.
const PLAN_COLUMNS = `"id", "organization_id", "owner_id", "class_id", "title", "date"::text as "date", "locale",
  "visibility", "status", "content", "version", "created_at", "updated_at"`;

export const PLAN_OF_OWNER = `select ${PLAN_COLUMNS} from "lesson_plans"
where "organization_id" = $1 and "id" = $2 and "owner_id" = $3`;

/** A save's class must be one of the caller's own (planning.service assertOwnClass → classes.repo find). */
export const CLASS_OWNER = `select "owner_id" from "classes" where "organization_id" = $1 and "id" = $2`;

/**
 * The optimistic save and the kept version in one statement, as planningRepo.saveIfVersion does:
 * the row at `version` is locked, updated, and copied to the versions table.
 */
export const SAVE_PLAN_IF_VERSION = `with old as (
  select * from "lesson_plans" where "organization_id" = $1 and "id" = $2 and "version" = $3 for update
), saved as (
  update "lesson_plans" p set "class_id" = $4, "title" = $5, "date" = $6, "locale" = $7, "visibility" = $8,
    "status" = coalesce($9, p."status"), "content" = $10::jsonb, "version" = p."version" + 1, "updated_at" = now()
  from old where p."organization_id" = old."organization_id" and p."id" = old."id"
  returning p."id", p."organization_id", p."owner_id", p."class_id", p."title", p."date"::text as "date", p."locale",
    p."visibility", p."status", p."content", p."version", p."created_at", p."updated_at"
), kept as (
  insert into "lesson_plan_versions" ("organization_id", "plan_id", "version", "title", "class_id", "date", "locale",
    "visibility", "status", "content", "saved_at")
  select "organization_id", "id", "version", "title", "class_id", "date", "locale", "visibility", "status", "content",
    "updated_at" from old where exists (select 1 from saved)
)
select * from saved`;
