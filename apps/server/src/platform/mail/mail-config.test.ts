import { describe, expect, it } from "vitest";
import { loadSmtpConfig, MailConfigError } from "./mail-config.ts";

describe("SMTP configuration", () => {
  it("is off when neither SMTP_URL nor SMTP_HOST is set", () => {
    expect(loadSmtpConfig({})).toBeNull();
  });

  it("takes a URL, or a host with port (587, or 465 when secure), credentials and sender", () => {
    expect(loadSmtpConfig({ SMTP_URL: "smtps://u:p@mail.example.org", SMTP_FROM: "a@example.org" })).toEqual({
      url: "smtps://u:p@mail.example.org",
      from: "a@example.org",
    });
    expect(
      loadSmtpConfig({
        SMTP_HOST: "mail.example.org",
        SMTP_USER: "u",
        SMTP_PASSWORD: "p",
        SMTP_FROM: "a@example.org",
      }),
    ).toEqual({
      host: "mail.example.org",
      port: 587,
      secure: false,
      user: "u",
      password: "p",
      from: "a@example.org",
    });
    expect(loadSmtpConfig({ SMTP_HOST: "h", SMTP_SECURE: "1", SMTP_FROM: "a@example.org" })).toMatchObject({
      port: 465,
      secure: true,
      user: null,
    });
  });

  it("refuses a missing sender, a bad URL or a bad port", () => {
    expect(() => loadSmtpConfig({ SMTP_HOST: "h" })).toThrow(MailConfigError);
    expect(() => loadSmtpConfig({ SMTP_URL: "http://h", SMTP_FROM: "a@b.c" })).toThrow(/smtp:\/\//);
    expect(() => loadSmtpConfig({ SMTP_HOST: "h", SMTP_PORT: "x", SMTP_FROM: "a@b.c" })).toThrow(/SMTP_PORT/);
  });
});
