import { describe, expect, it } from "vitest";
import { cleanFileName, contentDisposition } from "./file-name.ts";

describe("file names", () => {
  it.each([
    ["carta d'identità.pdf", "application/pdf", "carta d'identità.pdf"],
    ["C:\\Users\\op\\Desktop\\permesso.PDF", "application/pdf", "permesso.PDF"],
    ["../../etc/passwd", "text/plain", "passwd.txt"],
    ["page.html", "text/plain", "page.html.txt"],
    ["scan.pdf", "image/jpeg", "scan.pdf.jpg"],
    ["IMG_0042.HEIC", "image/heic", "IMG_0042.HEIC"],
    ["invoice\u202efdp.exe", "application/pdf", "invoicefdp.exe.pdf"],
    ["  \u0000\u0007 ", "image/png", "file.png"],
    [undefined, "image/webp", "file.webp"],
    [".hidden", "text/plain", "hidden.txt"],
    ["جواز سفر.pdf", "application/pdf", "جواز سفر.pdf"],
  ] as const)("keeps %j as %j", (raw, type, expected) => {
    expect(cleanFileName(raw, type)).toBe(expected);
  });

  it("shortens long names but keeps the extension", () => {
    const name = cleanFileName(`${"documento".repeat(40)}.pdf`, "application/pdf");
    expect([...name].length).toBe(200);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  it("gives an ASCII name for old clients and the exact UTF-8 one (RFC 5987)", () => {
    expect(contentDisposition("carta d'identità (1).pdf")).toBe(
      "attachment; filename=\"carta d_identita (1).pdf\"; filename*=UTF-8''carta%20d%27identit%C3%A0%20%281%29.pdf",
    );
    expect(contentDisposition("جواز سفر.pdf")).toBe(
      "attachment; filename=\"file.pdf\"; filename*=UTF-8''%D8%AC%D9%88%D8%A7%D8%B2%20%D8%B3%D9%81%D8%B1.pdf",
    );
    expect(contentDisposition('a"b\\c\r\n.txt')).toMatch(/^attachment; filename="a_b_c_.txt";/);
  });
});
