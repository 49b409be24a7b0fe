/**
 * LibreOffice, the real spreadsheet engine the tests recalculate generated workbooks with. Each start
 * costs seconds, so a test file hands all its workbooks to one start (`recalculateBeforeAll`,
 * `recalculateAll`, `roundTripAll`), and every start in a process shares one profile. Reading the
 * recalculated cells is test/support/recalculated.ts.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";

/** The LibreOffice binary, or undefined where it is not installed (.ci/run installs it). */
export function sofficePath(): string | undefined {
  for (const name of ["soffice", "libreoffice"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch {
      /* not this one */
    }
  }
  return undefined;
}

function soffice(): string {
  const path = sofficePath();
  if (!path) throw new Error("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
  return path;
}

const PROFILES = join(tmpdir(), "mgao-lo-profiles");

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * This process's LibreOffice profile, made on its first start and reused by the next ones (a new
 * profile costs a second or two more per start): it recalculates every formula of a file when it
 * loads it. One per process, since two LibreOffice instances cannot share a profile; profiles left
 * by processes that have ended are removed when a new one is made.
 */
function profile(): string {
  const dir = join(PROFILES, String(process.pid));
  if (existsSync(join(dir, "user", "registrymodifications.xcu"))) return dir;
  mkdirSync(PROFILES, { recursive: true });
  for (const name of readdirSync(PROFILES)) if (/^\d+$/.test(name) && !alive(Number(name))) rmSync(join(PROFILES, name), { recursive: true, force: true });
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
  );
  return dir;
}

/** Several files as LibreOffice saves them after opening and recalculating them (what it understood survives), in order: one start. */
export function roundTripAll(files: readonly Uint8Array[]): Buffer[] {
  const work = mkdtempSync(join(tmpdir(), "mgao-lo-"));
  try {
    const out = join(work, "out");
    const inputs = files.map((xlsx, k) => {
      const input = join(work, `in${k}.xlsx`);
      writeFileSync(input, xlsx);
      return input;
    });
    execFileSync(soffice(), [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, ...inputs], {
      stdio: "pipe",
      timeout: 120_000 + 30_000 * files.length,
    });
    return files.map((_, k) => readFileSync(join(out, `in${k}.xlsx`)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const saved = new WeakMap<ExcelJS.Workbook, Buffer>();

/** Several workbooks recalculated by one LibreOffice start, in order. */
export async function recalculateAll(files: readonly Uint8Array[]): Promise<ExcelJS.Workbook[]> {
  return Promise.all(
    roundTripAll(files).map(async (file) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      saved.set(wb, file);
      return wb;
    }),
  );
}

/** The file LibreOffice saved, that a recalculated workbook was read from (for what ExcelJS does not read, such as charts). */
export function savedFile(wb: ExcelJS.Workbook): Buffer {
  const file = saved.get(wb);
  if (!file) throw new Error("not a workbook LibreOffice recalculated");
  return file;
}

/**
 * A test file's workbooks, built and recalculated by one LibreOffice start before its tests run:
 * returns an object the tests read them from by name (filled in by a beforeAll).
 */
export function recalculateBeforeAll<K extends string>(builders: Record<K, () => Uint8Array | Promise<Uint8Array>>): Record<K, ExcelJS.Workbook> {
  const books = {} as Record<K, ExcelJS.Workbook>;
  beforeAll(async () => {
    const names = Object.keys(builders) as K[];
    const files = await Promise.all(names.map((name) => builders[name]()));
    const recalculated = await recalculateAll(files);
    names.forEach((name, k) => (books[name] = recalculated[k]));
  }, 120_000 + 30_000 * Object.keys(builders).length);
  return books;
}

/**
 * The workbook's first sheet as LibreOffice renders it to HTML after recalculating (charts become
 * images beside it): a faithful picture source for reviewers. Returns the HTML file's path.
 */
export function toHtml(xlsx: Uint8Array): string {
  const work = mkdtempSync(join(tmpdir(), "mgao-lo-html-"));
  writeFileSync(join(work, "sheet.xlsx"), xlsx);
  execFileSync(soffice(), [`-env:UserInstallation=file://${profile()}`, "--headless", "--norestore", "--convert-to", "html", "--outdir", work, join(work, "sheet.xlsx")], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return join(work, "sheet.html");
}
