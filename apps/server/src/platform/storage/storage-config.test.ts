import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config.ts";

const base = {
  NODE_ENV: "test",
  DATA_DIR: "/tmp/approdo-cfg",
  APPRODO_SECRET_KEY: Buffer.alloc(32, 1).toString("base64"),
};
const s3 = {
  STORAGE_BACKEND: "s3",
  S3_BUCKET: "files",
  S3_ACCESS_KEY_ID: "id",
  S3_SECRET_ACCESS_KEY: "secret",
};

describe("storage configuration", () => {
  it("defaults to DATA_DIR/files, and STORAGE_DIR overrides it", () => {
    expect(loadConfig(base).storage).toEqual({ backend: "local", dir: join("/tmp/approdo-cfg", "files") });
    expect(loadConfig({ ...base, STORAGE_DIR: "./elsewhere" }).storage).toEqual({
      backend: "local",
      dir: resolve("./elsewhere"),
    });
  });

  it("reads the S3 settings, with AWS's endpoint for the region by default", () => {
    expect(loadConfig({ ...base, ...s3, S3_REGION: "eu-south-1" }).storage).toEqual({
      backend: "s3",
      s3: {
        endpoint: "https://s3.eu-south-1.amazonaws.com",
        bucket: "files",
        region: "eu-south-1",
        accessKeyId: "id",
        secretAccessKey: "secret",
        forcePathStyle: false,
      },
    });
    const minio = loadConfig({
      ...base,
      ...s3,
      S3_ENDPOINT: "http://minio:9000",
      S3_FORCE_PATH_STYLE: "true",
    });
    expect(minio.storage).toMatchObject({
      s3: { endpoint: "http://minio:9000", region: "us-east-1", forcePathStyle: true },
    });
  });

  it("refuses an unknown backend, missing S3 settings and a bad endpoint", () => {
    expect(() => loadConfig({ ...base, STORAGE_BACKEND: "ftp" })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, STORAGE_BACKEND: "s3", S3_BUCKET: "files" })).toThrow(
      /S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ ...base, ...s3, S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
  });
});
