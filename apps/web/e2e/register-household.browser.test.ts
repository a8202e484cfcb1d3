// Journey: an operator of the Comune di Palermo (operatore.palermo, no TOTP) registers a person with
// an Arabic-script spelling of the name (a wrong codice fiscale first: refused in the browser, in
// Italian); then builds a household, where registering "the same man spelled differently" brings up
// the duplicate warning and the existing record is used instead; a child is registered on the spot;
// the household page shows the members and the flags the server derives; the people search finds the
// man by his name in Arabic script.
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { checkPage, closePages, launchBrowser, openPage, screenshot } from "./support/browser.ts";
import { type RunningServer, startServer } from "./support/server.ts";
import { currentText, eventually, expectTitle, signIn, textOf } from "./support/ui.ts";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // an empty registry: what the duplicate search and the people search find is exactly what this
  // journey registered (the demo's fictional people include other Mohameds, some written in Arabic)
  server = await startServer({ demoPeople: false });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach((context) => closePages(context));

/** Male, born 1 January 1990 in Sudan (Z348), "Abdelrahman Mohamed": the right check letter is N. */
const taxCode = "BDLMMD90A01Z348N";
const taxCodeWrongCheck = "BDLMMD90A01Z348A";
/** Ten years old this year, so a minor whenever the journey runs (with only the birth year, the server
 * never guesses the age in the year someone may turn 18). */
const childBirthYear = String(new Date().getFullYear() - 10);

interface Identity {
  givenName: string;
  familyName: string;
  sex: "Maschio" | "Femmina";
  birthYear: string;
  citizenship: string;
}

/** Fills the identity group of a person form (the full page or the one inside the household page). */
async function fillIdentity(form: Locator, person: Identity): Promise<void> {
  const identity = form.getByTestId("person-identity");
  await identity.getByLabel("Nome", { exact: true }).fill(person.givenName);
  await identity.getByLabel("Cognome", { exact: true }).fill(person.familyName);
  await identity.getByLabel("Sesso", { exact: true }).selectOption({ label: person.sex });
  await identity.getByLabel("Anno di nascita", { exact: true }).fill(person.birthYear);
  // the countries come from the API: selectOption waits for the option to be there
  await identity.getByLabel("Cittadinanza", { exact: true }).selectOption({ label: person.citizenship });
}

/** The text of each cell of a table's body rows. */
async function tableRows(table: Locator): Promise<string[][]> {
  await table.waitFor();
  const out: string[][] = [];
  for (const row of await table.locator("tbody tr").all())
    out.push((await row.locator("th, td").allInnerTexts()).map((cell) => cell.trim()));
  return out;
}

/** One candidate of the duplicate warning, as shown: "Somiglianza: 94%" becomes `score: 94`. */
async function describeCandidate(candidate: Locator) {
  const text = await textOf(candidate);
  const badge = candidate.locator(".badge");
  const score = /Somiglianza: (\d+)\s?%/.exec(text)?.[1];
  return {
    name: await textOf(candidate.locator("strong")),
    badge: (await badge.count()) > 0 ? await textOf(badge) : null,
    details: /^Nascita: .*$/m.exec(text)?.[0]?.replace(/ — Somiglianza: \d+\s?%/, "") ?? text,
    score: score === undefined ? null : Number(score),
    reasons: /^Perché: (.+)$/m.exec(text)?.[1]?.split("; ") ?? [],
  };
}

/** Requests that write people or households (POST/PATCH/…), as "POST /api/v1/people". */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    const matchSearch = path === "/api/v1/people/matches";
    if (request.method() !== "GET" && !matchSearch && /^\/api\/v1\/(people|households)/.test(path))
      writes.push(`${request.method()} ${path}`);
  });
  return writes;
}

// generous for busy CI machines; on an idle one the journey takes well under a minute
describe("registering a person and a household", { timeout: 180_000 }, () => {
  it("operator registers a person, builds a household using the duplicate warning, and finds the person in Arabic script", async () => {
    const page = await openPage(browser, server.baseUrl);
    const writes = recordWrites(page);
    await signIn(page, "operatore.palermo");
    const nav = page.getByRole("navigation", { name: "Sezioni" });

    // ── the people list, empty in the demo network ──
    await nav.getByRole("link", { name: "Persone", exact: true }).click();
    await expectTitle(page, "Persone");
    expect(page.url()).toBe(`${server.baseUrl}/people`);
    await eventually(() => tableRows(page.getByTestId("people-table"))).toEqual([["Nessun risultato."]]);
    await checkPage(page, "people list (empty)");

    // ── register Mohamed Abdelrahman ──
    await page.getByTestId("person-new").click();
    await expectTitle(page, "Registra una persona");
    const personForm = page.getByTestId("person-form");
    await fillIdentity(personForm, {
      givenName: "Mohamed",
      familyName: "Abdelrahman",
      sex: "Maschio",
      birthYear: "1990",
      citizenship: "Sudan",
    });
    // the duplicate search ran on the names typed, and found nobody
    await eventually(() => currentText(page.getByTestId("match-region"))).toBe(
      "Nessuna persona simile già registrata.",
    );

    // the name as written in Arabic: the boxes take their direction from what is typed
    await page.getByTestId("person-add-other-name").click();
    const otherName = page.getByRole("group", { name: "Altro nome 1", exact: true });
    await otherName.getByLabel("Nome", { exact: true }).fill("محمد");
    await otherName.getByLabel("Cognome", { exact: true }).fill("عبد الرحمن");
    await otherName
      .getByLabel("Tipo di nome", { exact: true })
      .selectOption({ label: "Nella scrittura originale" });
    await otherName.getByLabel("Scrittura", { exact: true }).selectOption({ label: "Arabo" });
    expect(await otherName.getByLabel("Nome", { exact: true }).getAttribute("dir")).toBe("auto");
    await checkPage(page, "register a person, filled in");

    // bad input: a codice fiscale with a wrong check letter is stopped in the browser, in Italian
    const taxCodeBox = personForm.getByLabel("Codice fiscale", { exact: true });
    await taxCodeBox.fill(taxCodeWrongCheck);
    await page.getByTestId("person-submit").click();
    await eventually(() => currentText(page.locator("#person-tax-code-error"))).toBe(
      "Il carattere di controllo del codice fiscale non torna: verifica di averlo copiato correttamente.",
    );
    expect(await taxCodeBox.getAttribute("aria-invalid")).toBe("true");
    expect(await taxCodeBox.getAttribute("aria-describedby")).toContain("person-tax-code-error");
    expect(await page.getByTestId("field-error").allInnerTexts()).toHaveLength(1);
    await expectTitle(page, "Registra una persona");
    await checkPage(page, "register a person, wrong codice fiscale");
    await screenshot(page, "30-person-create-wrong-tax-code");
    expect(writes).toEqual([]);

    // corrected: registered, and on the person's page
    await taxCodeBox.fill(taxCode);
    await eventually(() => page.getByTestId("field-error").count()).toBe(0);
    await page.getByTestId("person-submit").click();
    await expectTitle(page, "Mohamed Abdelrahman");
    expect(page.url()).toMatch(/\/people\/[0-9a-f-]{36}$/);
    const mohamedUrl = new URL(page.url()).pathname;
    expect(await textOf(page.getByRole("status"))).toBe("Persona registrata: Mohamed Abdelrahman.");
    expect(writes).toEqual(["POST /api/v1/people"]);
    expect(await tableRows(page.getByTestId("names-table"))).toEqual([
      ["Mohamed", "Abdelrahman", "Nome nel documento (principale)", "Latino"],
      ["محمد", "عبد الرحمن", "Nella scrittura originale", "Arabo"],
    ]);
    await checkPage(page, "person page (Mohamed)");
    await screenshot(page, "31-person-page");

    // ── a new household ──
    await nav.getByRole("link", { name: "Nuclei familiari", exact: true }).click();
    await expectTitle(page, "Nuclei familiari");
    await checkPage(page, "households list");
    await page.getByTestId("household-new").click();
    await expectTitle(page, "Nuovo nucleo familiare");
    await page.getByLabel("Nome del nucleo", { exact: true }).fill("Nucleo Abdelrahman");
    await checkPage(page, "new household");

    // registering a member on the spot, spelled differently: the warning offers the record there is
    await page.getByTestId("inline-person-toggle").click();
    const inline = page.getByTestId("inline-person");
    await fillIdentity(inline, {
      givenName: "Muhammad",
      familyName: "Abd al-Rahman",
      sex: "Maschio",
      birthYear: "1990",
      citizenship: "Sudan",
    });
    const warning = inline.getByTestId("duplicate-warning");
    await warning.waitFor();
    const candidates = warning.getByTestId("match-candidate");
    // eventually: the search runs again (300 ms after typing stops) as each field is filled in
    await eventually(async () => Promise.all((await candidates.all()).map(describeCandidate))).toEqual([
      {
        name: "Mohamed Abdelrahman",
        // very likely the same man, flagged as such
        badge: "Molto probabile",
        details: "Nascita: 1990 — Cittadinanza: Sudan — Codice fiscale: BDLMMD90A01Z348N",
        score: expect.any(Number),
        // why, in Italian
        reasons: ["nome traslitterato diversamente", "stesso anno di nascita", "stessa cittadinanza"],
      },
    ]);
    const candidate = candidates.first();
    const { score } = await describeCandidate(candidate);
    expect(score).toBeGreaterThanOrEqual(85);
    expect(score).toBeLessThanOrEqual(100);
    // and registering anyway would first need an explicit "it is someone else"
    await inline.getByTestId("confirm-different").waitFor();
    await checkPage(page, "new household, duplicate warning");
    await screenshot(page, "32-household-duplicate-warning");

    await candidate.getByRole("button", { name: "Usa questa persona Mohamed Abdelrahman" }).click();
    await eventually(() => inline.isHidden()).toBe(true);
    expect(await page.getByTestId("inline-person-toggle").getAttribute("aria-expanded")).toBe("false");
    // the page's notice (the person picker has a live region of its own)
    const notice = page.locator('[data-testid="household-add-member"] > p[aria-live]');
    await eventually(() => currentText(notice)).toBe("Mohamed Abdelrahman aggiunto/a al nucleo.");
    const memberRows = page.getByTestId("household-member-row");
    await eventually(() => memberRows.count()).toBe(1);
    expect(await textOf(memberRows.nth(0).locator("legend"))).toBe("Mohamed Abdelrahman — 1990, Sudan");
    // the first member is the reference person
    expect(await page.locator("#household-member-0-reference").isChecked()).toBe(true);
    expect(await page.locator("#household-member-0-relation").inputValue()).toBe("reference_person");
    // nothing was registered: the existing record is used
    expect(writes).toEqual(["POST /api/v1/people"]);

    // a genuinely new member: his daughter, registered here
    await page.getByTestId("inline-person-toggle").click();
    await fillIdentity(inline, {
      givenName: "Amira",
      familyName: "Abdelrahman",
      sex: "Femmina",
      birthYear: childBirthYear,
      citizenship: "Sudan",
    });
    // the search has run for these names (a namesake at most, never "very likely" the same)
    await eventually(async () => {
      const region = await currentText(inline.getByTestId("match-region"));
      if (region === "Nessuna persona simile già registrata.") return "searched";
      return region?.startsWith("Possibili persone già registrate") ? "searched" : region;
    }).toBe("searched");
    expect(await inline.getByText("Molto probabile", { exact: true }).count()).toBe(0);
    expect(await inline.getByTestId("confirm-different").count()).toBe(0);
    await inline.getByTestId("person-submit").click();
    await eventually(() => memberRows.count()).toBe(2);
    await eventually(() => currentText(notice)).toBe("Amira Abdelrahman aggiunto/a al nucleo.");
    expect(await textOf(memberRows.nth(1).locator("legend"))).toBe(
      `Amira Abdelrahman — ${childBirthYear}, Sudan`,
    );
    expect(writes).toEqual(["POST /api/v1/people", "POST /api/v1/people"]);
    await page.locator("#household-member-1-relation").selectOption({ label: "Figlio/a" });
    expect(await page.locator("#household-member-0-reference").isChecked()).toBe(true);
    await checkPage(page, "new household, two members");
    await screenshot(page, "33-household-create-members");

    await page.getByTestId("household-submit").click();
    await expectTitle(page, "Nucleo Abdelrahman");
    expect(page.url()).toMatch(/\/households\/[0-9a-f-]{36}$/);
    expect(await textOf(page.getByRole("status"))).toBe("Nucleo familiare creato.");
    expect(writes).toEqual(["POST /api/v1/people", "POST /api/v1/people", "POST /api/v1/households"]);

    // the members, reference person first, and what the server derives: one adult and one minor child
    const membersTable = page.getByTestId("members-table");
    const members = await tableRows(membersTable);
    expect(members.map((cells) => cells.slice(1, 3))).toEqual([
      ["Persona di riferimento", "1990"],
      ["Figlio/a", childBirthYear],
    ]);
    const memberNames = membersTable.locator("tbody th");
    expect(await memberNames.getByRole("link").allInnerTexts()).toEqual([
      "Mohamed Abdelrahman",
      "Amira Abdelrahman",
    ]);
    expect(await textOf(memberNames.nth(0).locator(".badge"))).toBe("Persona di riferimento");
    expect(await memberNames.nth(1).locator(".badge").count()).toBe(0);
    expect(
      (await page.getByTestId("household-flags").locator("li").allInnerTexts()).map((t) => t.trim()),
    ).toEqual(["Nucleo monogenitoriale", "Minori a carico: 1"]);
    await checkPage(page, "household page");
    await screenshot(page, "34-household-page");

    // the household's member links back to the person registered first
    await membersTable.getByRole("link", { name: "Mohamed Abdelrahman" }).click();
    await expectTitle(page, "Mohamed Abdelrahman");
    expect(new URL(page.url()).pathname).toBe(mohamedUrl);

    // ── the people list: the name in Arabic script finds him ──
    await nav.getByRole("link", { name: "Persone", exact: true }).click();
    await expectTitle(page, "Persone");
    const people = page.getByTestId("people-table");
    await eventually(async () => (await tableRows(people)).length).toBe(2);
    await searchPeople(page, "محمد");
    await eventually(() => tableRows(people)).toEqual([
      ["Abdelrahman Mohamed", "1990", "Sudan", taxCode, "—"],
    ]);
    expect(new URL(page.url()).searchParams.get("q")).toBe("محمد");
    await checkPage(page, "people list, searched in Arabic script");
    await screenshot(page, "35-people-search-arabic");

    // one Mohamed, however spelled: "Muhammad Abd al-Rahman" was never registered as a second record
    await searchPeople(page, "Abdelrahman");
    await eventually(async () => (await tableRows(people)).map((cells) => cells[0]).sort()).toEqual([
      "Abdelrahman Amira",
      "Abdelrahman Mohamed",
    ]);
  });
});

/** The people list's search: fills the box and waits for the list request it triggers. */
async function searchPeople(page: Page, q: string): Promise<void> {
  await page.getByLabel("Nome o codice fiscale", { exact: true }).fill(q);
  await Promise.all([
    page.waitForResponse(
      (r) => new URL(r.url()).pathname === "/api/v1/people" && new URL(r.url()).searchParams.get("q") === q,
    ),
    page.getByTestId("people-search").click(),
  ]);
}
