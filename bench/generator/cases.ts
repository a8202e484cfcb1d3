/**
 * Generates case-management data for the people already in the database: cases in every state
 * with their transitions, teams, assessments (12 domains, special-category ones marked), plans with
 * versions and actions, services delivered (one or two persons each) and notes of every
 * confidentiality. Everything is written by set-based INSERT … SELECT statements run by the
 * database itself (generate_series, deterministic per row number), as the tables' owner: no row-level
 * security, no audit events, no HTTP. At 100,000 cases and 10,000,000 services this is the only
 * way to stay within minutes; the secondary indexes of the big tables are dropped first and built
 * again at the end with their exact definitions, then the tables are ANALYZEd.
 *
 * Determinism: every value derives from the case's row number (n) and the child's ordinal (k)
 * through integer arithmetic, so the same options give the same data on both engines.
 */
import type { Database } from "../../apps/server/src/platform/db/database.ts";

export interface CasesGeneratorOptions {
  /** The organisation whose people get cases (the controller). */
  organizationId: string;
  projectId: string | null;
  /** Users who manage cases (round-robin). */
  caseManagerIds: readonly string[];
  /** Other users of the organisation (team members, service operators, mediators). */
  staffIds: readonly string[];
  cases: number;
  /** Mean number of services per case (each case gets between 20 % and 180 % of it). */
  servicesPerCase: number;
  progress?: (msg: string) => void;
}

export interface CasesGeneratorReport {
  rows: Record<string, number>;
  seconds: { total: number; byStep: Record<string, number> };
  indexSeconds: number;
}

/** Tables written here whose secondary indexes are rebuilt at the end. */
const BIG_TABLES = [
  "cases",
  "case_transitions",
  "case_team_members",
  "assessments",
  "assessment_items",
  "care_plans",
  "care_plan_versions",
  "plan_actions",
  "service_records",
  "service_record_people",
  "case_notes",
] as const;

const DOMAINS = [
  ["housing", false],
  ["work", false],
  ["education_training", false],
  ["italian_language", false],
  ["health", true],
  ["mental_health_addiction", true],
  ["parenting", false],
  ["children_schooling", false],
  ["social_inclusion", false],
  ["family_empowerment", false],
  ["legal_documents", false],
  ["income", false],
] as const;

const SERVICE_TYPES = [
  "orientation",
  "legal_advice",
  "psychological_support",
  "cultural_mediation",
  "health_accompaniment",
  "school_enrolment",
  "housing_placement",
  "rent_support",
  "civic_engagement_placement",
  "language_course",
  "workshop",
  "job_orientation",
];

const OUTCOMES = ["autonomy_reached", "transferred", "dropped_out", "unreachable", "other"];

/** A SQL array literal of text values (codes only: no quoting needed beyond the basics). */
function textArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]::text[]`;
}

function uuidArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(",")}]::uuid[]`;
}

export async function generateCases(
  database: Database,
  options: CasesGeneratorOptions,
): Promise<CasesGeneratorReport> {
  const progress = options.progress ?? (() => {});
  const raw = database.raw;
  const started = performance.now();
  const byStep: Record<string, number> = {};
  const step = async (name: string, sql: string): Promise<void> => {
    const t = performance.now();
    progress(`cases: ${name}`);
    await raw.exec(sql);
    byStep[name] = (performance.now() - t) / 1000;
  };

  if (options.caseManagerIds.length === 0 || options.staffIds.length === 0)
    throw new Error("generateCases needs case managers and staff");
  const managers = uuidArray(options.caseManagerIds);
  const staff = uuidArray(options.staffIds);
  const nManagers = options.caseManagerIds.length;
  const nStaff = options.staffIds.length;
  const org = `'${options.organizationId}'::uuid`;
  const project = options.projectId ? `'${options.projectId}'::uuid` : "NULL::uuid";
  const spc = Math.max(1, Math.round(options.servicesPerCase));

  // Drop secondary indexes (kept: primary keys and unique keys), remembered for the rebuild.
  const { rows: indexRows } = await raw.query<{ indexname: string; indexdef: string }>(
    `select i.indexname, i.indexdef from pg_indexes i
      join pg_class c on c.relname = i.indexname
      join pg_index x on x.indexrelid = c.oid
     where i.schemaname = 'public' and i.tablename = any($1::text[]) and not x.indisunique and not x.indisprimary`,
    [[...BIG_TABLES]],
  );
  for (const r of indexRows) await raw.exec(`drop index if exists "${r.indexname}"`);

  // Work tables are ordinary (unlogged) tables: the pool may run each statement on another connection.
  await raw.exec("drop table if exists bench_case_subjects, bench_cases, bench_assessments, bench_plans");
  await step(
    "subjects",
    `create unlogged table bench_case_subjects as
       select row_number() over (order by p.id) as n, p.id as person_id,
              (select hm.household_id from household_members hm
                where hm.person_id = p.id and hm.left_on is null and hm.is_reference limit 1) as household_id
         from people p
        where p.organization_id = ${org} and p.merged_into_id is null
        order by p.id
        limit ${options.cases};
     create index on bench_case_subjects (n);`,
  );

  // n % 20 decides the state: 0–1 referred, 2–3 assessment, 4–11 active, 12–14 monitoring, 15–19 closed.
  const stateOf = (n: string) => `(case
      when ${n} % 20 < 2 then 'referred' when ${n} % 20 < 4 then 'assessment'
      when ${n} % 20 < 12 then 'active' when ${n} % 20 < 15 then 'monitoring' else 'closed' end)`;
  await step(
    "cases",
    `create unlogged table bench_cases as
       select s.n, gen_random_uuid() as id, s.person_id, s.household_id, ${stateOf("s.n")} as state,
              (${managers})[1 + (s.n % ${nManagers})::int] as manager_id,
              now() - make_interval(days => (30 + s.n % 900)::int) as contacted_at
         from bench_case_subjects s;
     create index on bench_cases (n);
     insert into cases (id, reference, organization_id, project_id, subject_type, person_id, household_id,
                        state, origin, case_manager_id, summary, contacted_at, assessment_at, active_at,
                        closed_at, outcome, state_changed_at, last_activity_at, created_by, created_at, updated_at)
     select c.id, 'B' || lpad(c.n::text, 7, '0'), ${org}, ${project},
            case when c.household_id is null then 'person' else 'household' end,
            case when c.household_id is null then c.person_id end, c.household_id,
            c.state, (array['walk_in','outreach','referral','other'])[1 + (c.n % 4)::int], c.manager_id,
            'Percorso di autonomia (dati di prova)', c.contacted_at,
            case when c.state <> 'referred' then c.contacted_at + interval '7 days' end,
            case when c.state in ('active','monitoring','closed') then c.contacted_at + interval '21 days' end,
            case when c.state = 'closed' then c.contacted_at + interval '25 days' + make_interval(days => (c.n % 200)::int) end,
            case when c.state = 'closed' then (${textArray(OUTCOMES)})[1 + (c.n % ${OUTCOMES.length})::int] end,
            c.contacted_at + interval '21 days', now() - make_interval(days => (c.n % 45)::int),
            c.manager_id, c.contacted_at, now()
       from bench_cases c;`,
  );

  await step(
    "transitions",
    `insert into case_transitions (id, case_id, from_state, to_state, reason, outcome, at, by)
     select gen_random_uuid(), c.id, t.from_state, t.to_state, t.reason, t.outcome, c.contacted_at + t.offset_days * interval '1 day', c.manager_id
       from bench_cases c
       cross join lateral (values
         (0, null::text, 'referred', 'Primo contatto', null::text, 0),
         (1, 'referred', 'assessment', 'Avvio valutazione', null, 7),
         (2, 'assessment', 'active', 'Presa in carico', null, 21),
         (3, 'active', 'monitoring', 'Obiettivi in corso', null, 120),
         (4, 'monitoring', 'closed', 'Chiusura',
            (${textArray(OUTCOMES)})[1 + (c.n % ${OUTCOMES.length})::int], 200)
       ) as t(ord, from_state, to_state, reason, outcome, offset_days)
      where t.ord <= case c.state when 'referred' then 0 when 'assessment' then 1 when 'active' then 2
                                  when 'monitoring' then 3 else 4 end`,
  );

  await step(
    "team",
    `insert into case_team_members (id, case_id, user_id, organization_id, team_role, added_by, added_at)
     select gen_random_uuid(), c.id, c.manager_id, ${org}, 'case_manager', c.manager_id, c.contacted_at from bench_cases c;
     insert into case_team_members (id, case_id, user_id, organization_id, team_role, added_by, added_at)
     select gen_random_uuid(), c.id, (${staff})[1 + ((c.n * 7 + k) % ${nStaff})::int], ${org},
            (array['psychologist','legal_advisor','cultural_mediator','housing_advisor','job_advisor'])[1 + ((c.n + k) % 5)::int],
            c.manager_id, c.contacted_at + interval '8 days'
       from bench_cases c cross join generate_series(1, 2) k
      where c.state <> 'referred' and (${staff})[1 + ((c.n * 7 + k) % ${nStaff})::int] <> c.manager_id
        and (k = 1 or (${staff})[1 + ((c.n * 7 + 2) % ${nStaff})::int] <> (${staff})[1 + ((c.n * 7 + 1) % ${nStaff})::int]);`,
  );

  await step(
    "assessments",
    `create unlogged table bench_assessments as
       select gen_random_uuid() as id, c.id as case_id, c.n, k,
              (c.contacted_at + make_interval(days => (10 + (k - 1) * 90)::int))::date as assessed_on, c.manager_id
         from bench_cases c cross join generate_series(1, 2) k
        where c.state <> 'referred' and (k = 1 or c.state <> 'assessment');
     insert into assessments (id, case_id, assessed_on, summary, created_by, created_at)
     select id, case_id, assessed_on, 'Valutazione multidimensionale', manager_id, assessed_on::timestamptz from bench_assessments;
     insert into assessment_items (id, assessment_id, case_id, domain, level, notes, special_category)
     select gen_random_uuid(), a.id, a.case_id, (${textArray(DOMAINS.map((d) => d[0]))})[d],
            greatest(0, ((a.n * 31 + d * 17) % 4)::int - (a.k - 1)), '',
            (array[${DOMAINS.map((d) => (d[1] ? "true" : "false")).join(",")}])[d]
       from bench_assessments a cross join generate_series(1, ${DOMAINS.length}) d;`,
  );

  await step(
    "plans",
    `create unlogged table bench_plans as
       select gen_random_uuid() as id, c.id as case_id, c.n, c.manager_id, c.contacted_at, c.state
         from bench_cases c where c.state in ('active','monitoring','closed');
     insert into care_plans (id, case_id, title, status, current_version, next_review_on, created_by, created_at, updated_at, version)
     select id, case_id, 'Progetto personalizzato', case when state = 'closed' then 'closed' else 'agreed' end, 2,
            (now() + make_interval(days => (n % 120)::int - 20))::date, manager_id, contacted_at, now(), 2
       from bench_plans;
     insert into care_plan_versions (id, plan_id, case_id, number, content, change_note, status, approved_by, approved_at,
                                     agreement_signed, agreed_on, agreement_language, created_by, created_at)
     select gen_random_uuid(), p.id, p.case_id, v,
            jsonb_build_object('goals', jsonb_build_array(
              jsonb_build_object('domain', 'housing', 'description', 'Autonomia abitativa'),
              jsonb_build_object('domain', 'work', 'description', 'Inserimento lavorativo'))),
            case v when 1 then 'Prima versione' else 'Revisione' end,
            case v when 1 then 'superseded' else 'approved' end, p.manager_id, p.contacted_at + v * interval '30 days',
            true, (p.contacted_at + v * interval '30 days')::date, 'ara', p.manager_id, p.contacted_at + v * interval '30 days'
       from bench_plans p cross join generate_series(1, 2) v;
     insert into plan_actions (id, plan_id, case_id, goal_id, domain, description, responsible_organization_id,
                               responsible_user_id, due_on, status, created_at, updated_at)
     select gen_random_uuid(), p.id, p.case_id, gen_random_uuid(), (array['housing','work','italian_language','legal_documents','income'])[a],
            'Azione ' || a, ${org}, (${staff})[1 + ((p.n + a) % ${nStaff})::int],
            (p.contacted_at + make_interval(days => (40 + a * 30 + (p.n % 60))::int))::date,
            (array['planned','in_progress','done','done','cancelled'])[1 + ((p.n + a) % 5)::int], p.contacted_at, now()
       from bench_plans p cross join generate_series(1, 5) a;`,
  );

  // Services: between 20 % and 180 % of the mean per case, spread over the case's life.
  await step(
    "services",
    `insert into service_records (id, case_id, organization_id, service_type, delivered_on, duration_minutes,
                                  operator_id, mediator_id, language, notes, created_by, created_at)
     select gen_random_uuid(), c.id, ${org}, (${textArray(SERVICE_TYPES)})[1 + ((c.n * 13 + k * 7) % ${SERVICE_TYPES.length})::int],
            (c.contacted_at + make_interval(days => (k * 3 % 700)::int))::date, 15 + ((c.n + k) % 8) * 15,
            (${staff})[1 + ((c.n + k) % ${nStaff})::int],
            case when k % 5 = 0 then (${staff})[1 + ((c.n + k + 1) % ${nStaff})::int] end,
            case when k % 5 = 0 then (array['ara','ukr','tir','ben','fra'])[1 + ((c.n) % 5)::int] end,
            '', (${staff})[1 + ((c.n + k) % ${nStaff})::int],
            c.contacted_at + make_interval(days => (k * 3 % 700)::int)
       from bench_cases c
       cross join lateral generate_series(1, greatest(1, (${spc} * (20 + (c.n * 7919) % 161) / 100)::int)) k;`,
  );
  await step(
    "service persons",
    `insert into service_record_people (service_record_id, person_id)
     select r.id, s.person_id
       from service_records r join bench_cases c on c.id = r.case_id join bench_case_subjects s on s.n = c.n;`,
  );

  await step(
    "notes",
    `insert into case_notes (id, case_id, confidentiality, body, author_id, author_organization_id, created_at)
     select gen_random_uuid(), c.id, (array['team','team','team','case_manager','special_category'])[k],
            'Nota di prova ' || k, c.manager_id, ${org}, c.contacted_at + make_interval(days => (k * 11)::int)
       from bench_cases c cross join generate_series(1, 5) k;`,
  );

  const ti = performance.now();
  progress(`cases: rebuilding ${indexRows.length} indexes`);
  for (const r of indexRows) await raw.exec(r.indexdef);
  const indexSeconds = (performance.now() - ti) / 1000;
  await step("analyze", `analyze ${BIG_TABLES.join(", ")}`);
  await raw.exec("drop table if exists bench_case_subjects, bench_cases, bench_assessments, bench_plans");

  const rows: Record<string, number> = {};
  for (const t of BIG_TABLES) {
    const { rows: r } = await raw.query<{ n: number }>(`select count(*)::int as n from ${t}`);
    rows[t] = r[0]?.n ?? 0;
  }
  return { rows, seconds: { total: (performance.now() - started) / 1000, byStep }, indexSeconds };
}
