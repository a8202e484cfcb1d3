import type { ReactNode } from "react";
import { AccountPage } from "../features/account/account-page.tsx";
import { CataloguesPage } from "../features/admin-catalogues/catalogues-page.tsx";
import { OrganizationCreatePage } from "../features/admin-organizations/organization-create-page.tsx";
import { OrganizationEditPage } from "../features/admin-organizations/organization-edit-page.tsx";
import { OrganizationsListPage } from "../features/admin-organizations/organizations-list-page.tsx";
import { ProjectCreatePage } from "../features/admin-projects/project-create-page.tsx";
import { ProjectEditPage } from "../features/admin-projects/project-edit-page.tsx";
import { ProjectsListPage } from "../features/admin-projects/projects-list-page.tsx";
import { ServicePointCreatePage } from "../features/admin-service-points/service-point-create-page.tsx";
import { ServicePointEditPage } from "../features/admin-service-points/service-point-edit-page.tsx";
import { ServicePointsListPage } from "../features/admin-service-points/service-points-list-page.tsx";
import { UserCreatePage } from "../features/admin-users/user-create-page.tsx";
import { UserEditPage } from "../features/admin-users/user-edit-page.tsx";
import { UsersListPage } from "../features/admin-users/users-list-page.tsx";
import { AuditPage } from "../features/audit/audit-page.tsx";
import { CasePage } from "../features/cases/case-page.tsx";
import { CaseloadPage } from "../features/cases/caseload-page.tsx";
import { CasesListPage } from "../features/cases/cases-list-page.tsx";
import { HomePage } from "../features/home/home-page.tsx";
import { HouseholdCreatePage } from "../features/households/household-create-page.tsx";
import { HouseholdPage } from "../features/households/household-page.tsx";
import { HouseholdsListPage } from "../features/households/households-list-page.tsx";
import { ImportPage } from "../features/imports/import-page.tsx";
import { PeopleListPage } from "../features/people/people-list-page.tsx";
import { PersonCreatePage } from "../features/people/person-create-page.tsx";
import { PersonEditPage } from "../features/people/person-edit-page.tsx";
import { PersonPage } from "../features/people/person-page.tsx";
import { WorklistPage } from "../features/worklist/worklist-page.tsx";
import type { RouteParams } from "./router/match-path.ts";
import type { SectionKey } from "./sections.ts";

export interface RouteDefinition {
  pattern: string;
  /** The section whose roles may open this route. */
  section: SectionKey;
  render: (params: RouteParams) => ReactNode;
}

const id = (params: RouteParams) => params.id ?? "";

/** First match wins: "new" comes before ":id". */
export const routes: readonly RouteDefinition[] = [
  { pattern: "/", section: "home", render: () => <HomePage /> },
  { pattern: "/account", section: "account", render: () => <AccountPage /> },
  { pattern: "/people", section: "people", render: () => <PeopleListPage /> },
  { pattern: "/people/new", section: "people", render: () => <PersonCreatePage /> },
  { pattern: "/people/import", section: "people", render: () => <ImportPage /> },
  { pattern: "/people/:id", section: "people", render: (p) => <PersonPage id={id(p)} /> },
  { pattern: "/people/:id/edit", section: "people", render: (p) => <PersonEditPage id={id(p)} /> },
  { pattern: "/households", section: "households", render: () => <HouseholdsListPage /> },
  { pattern: "/households/new", section: "households", render: () => <HouseholdCreatePage /> },
  { pattern: "/households/:id", section: "households", render: (p) => <HouseholdPage id={id(p)} /> },
  { pattern: "/worklist", section: "worklist", render: () => <WorklistPage /> },
  { pattern: "/cases", section: "cases", render: () => <CasesListPage /> },
  { pattern: "/cases/:id", section: "cases", render: (p) => <CasePage id={id(p)} /> },
  { pattern: "/caseload", section: "caseload", render: () => <CaseloadPage /> },
  { pattern: "/admin/organizations", section: "organizations", render: () => <OrganizationsListPage /> },
  { pattern: "/admin/organizations/new", section: "organizations", render: () => <OrganizationCreatePage /> },
  {
    pattern: "/admin/organizations/:id",
    section: "organizations",
    render: (p) => <OrganizationEditPage id={id(p)} />,
  },
  { pattern: "/admin/projects", section: "projects", render: () => <ProjectsListPage /> },
  { pattern: "/admin/projects/new", section: "projects", render: () => <ProjectCreatePage /> },
  { pattern: "/admin/projects/:id", section: "projects", render: (p) => <ProjectEditPage id={id(p)} /> },
  { pattern: "/admin/service-points", section: "servicePoints", render: () => <ServicePointsListPage /> },
  {
    pattern: "/admin/service-points/new",
    section: "servicePoints",
    render: () => <ServicePointCreatePage />,
  },
  {
    pattern: "/admin/service-points/:id",
    section: "servicePoints",
    render: (p) => <ServicePointEditPage id={id(p)} />,
  },
  { pattern: "/admin/catalogues", section: "catalogues", render: () => <CataloguesPage /> },
  { pattern: "/admin/users", section: "users", render: () => <UsersListPage /> },
  { pattern: "/admin/users/new", section: "users", render: () => <UserCreatePage /> },
  { pattern: "/admin/users/:id", section: "users", render: (p) => <UserEditPage id={id(p)} /> },
  { pattern: "/audit", section: "audit", render: () => <AuditPage /> },
];
