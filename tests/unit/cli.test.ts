import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (file: string) => spawnSync("node", ["scripts/run-ts.mjs", "scripts/ner-cli.ts", file], { encoding: "utf8" });

describe("npm run ner", () => {
  it("prints one line per input with offsets into the original text", () => {
    const dir = mkdtempSync(join(tmpdir(), "kxdb-cli-"));
    const docs = [
      { id: "a", text: "走进位于山西转型\n\n综改示范区的太原重工轨道交通设备有限公司" },
      { id: 7, text: "" },
      { id: "c", text: "no Chinese here" },
    ];
    writeFileSync(join(dir, "in.jsonl"), `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);
    const out = execFileSync("node", ["scripts/run-ts.mjs", "scripts/ner-cli.ts", join(dir, "in.jsonl")], { encoding: "utf8" });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["a", 7, "c"]);
    const [zone, company] = lines[0].entities;
    expect(zone).toMatchObject({ type: "ZONE", text: "山西转型\n\n综改示范区", canonical: "山西转型综合改革示范区" });
    expect(docs[0].text.slice(zone.start, zone.end)).toBe(zone.text);
    expect(company).toMatchObject({ type: "COMPANY", text: "太原重工轨道交通设备有限公司" });
    expect(Object.keys(company).sort()).toEqual(["canonical", "end", "entityId", "start", "text", "type"]);
    expect(lines[1].entities).toEqual([]);
  });

  it("reports a bad line and goes on with the rest", () => {
    const dir = mkdtempSync(join(tmpdir(), "kxdb-cli-"));
    writeFileSync(join(dir, "in.jsonl"), '{"id":1,"text":"晋城经开区"}\nnot json\n{"id":2}\n{"id":3,"text":"太重"}\n');
    const r = run(join(dir, "in.jsonl"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("2: not JSON");
    expect(r.stderr).toContain('3: no "text" string');
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 3]);
  });

  it("says how to use it when no file is given, and when the file is missing", () => {
    expect(run("").status).toBe(2);
    const missing = run("/nonexistent/file.jsonl");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read");
  });
});

describe("npm run ner -- --relations", () => {
  it("adds the relations each text states, with offsets into the original text and the entities' ids", () => {
    const dir = mkdtempSync(join(tmpdir(), "kxdb-cli-"));
    const docs = [
      { id: "settled", text: "太原重工轨道交通设备有限公司落户山西转型综改示范区。" },
      { id: "meeting", text: "晋城经开区管委会主任会见了山西兰花科技创业股份有限公司董事长。" },
      { id: "signed", text: "晋城经济技术开发区与山西兰花科技创业股份有限公司签订合作协议。" },
    ];
    writeFileSync(join(dir, "in.jsonl"), `${docs.map((d) => JSON.stringify(d)).join("\n")}\n`);
    const r = spawnSync("node", ["scripts/run-ts.mjs", "scripts/ner-cli.ts", "--relations", join(dir, "in.jsonl")], {
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["settled", "meeting", "signed"]);
    const [settled] = lines[0].relations;
    expect(Object.keys(settled).sort()).toEqual(["company", "confidence", "evidence", "kind", "zone"]);
    expect(settled).toMatchObject({
      kind: "located",
      company: { text: "太原重工轨道交通设备有限公司" },
      zone: { text: "山西转型综改示范区" },
    });
    expect(Object.keys(settled.company).sort()).toEqual(["end", "entityId", "start", "text"]);
    expect(docs[0].text.slice(settled.zone.start, settled.zone.end)).toBe(settled.zone.text);
    expect(docs[0].text.slice(settled.evidence.start, settled.evidence.end)).toBe(docs[0].text);
    const zoneEntity = lines[0].entities.find((e: { type: string }) => e.type === "ZONE");
    expect(settled.zone.entityId).toBe(zoneEntity.entityId);
    expect(settled.confidence).toBeGreaterThan(0.5);
    expect(lines[1].relations).toEqual([]); // a meeting states no relation
    expect(lines[2].relations.map((x: { kind: string }) => x.kind)).toEqual(["signed"]);
  });

  it("leaves the output as it was without the flag", () => {
    const dir = mkdtempSync(join(tmpdir(), "kxdb-cli-"));
    writeFileSync(join(dir, "in.jsonl"), '{"id":1,"text":"太原重工轨道交通设备有限公司落户山西转型综改示范区。"}\n');
    expect(Object.keys(JSON.parse(run(join(dir, "in.jsonl")).stdout))).toEqual(["id", "entities"]);
  });
});
