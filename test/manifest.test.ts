/**
 * Offline checks of manifest.xml: well-formed, complete, its elements in the order the schema
 * requires, HTTPS only, icons present in assets/, resource ids unique and resolvable, configured for
 * one shared runtime, and asking for the requirement sets the code needs. The manifest the build
 * writes for a deployment (`--env url=...`) is checked the same way, and must not name localhost.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import webpack from "webpack";
import { EXCEL_API } from "../src/taskpane/host";

const ROOT = join(__dirname, "..");
const DEVELOPMENT = readFileSync(join(ROOT, "manifest.xml"), "utf8");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as ((env: Record<string, string>, argv: Record<string, string>) => webpack.Configuration) & {
  manifestFor: (xml: string, url: string, support?: string) => string;
  DEV_URL: string;
};

/** Where a deployment in the tests is served: a path below the origin, as on a shared web server. */
const DEPLOYED = "https://addins.example.go.ke/finance/mgao/";

/**
 * The children OfficeApp may have, in the order the add-in only manifest's schema requires them
 * (OfficeApp's sequence, then TaskPaneApp's extension of it; VersionOverrides last).
 */
const SCHEMA_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dictionary", "VersionOverrides",
];

type XmlNode = { [key: string]: unknown };

interface Element {
  name: string;
  path: string[];
  attrs: Record<string, string>;
  text?: string;
  node: XmlNode | string;
}

/** Every element of the document, in document order, with its ancestors' names. */
function elements(node: unknown, name: string, path: string[], out: Element[]): Element[] {
  if (Array.isArray(node)) {
    for (const item of node) elements(item, name, path, out);
    return out;
  }
  if (typeof node !== "object" || node === null) {
    out.push({ name, path, attrs: {}, text: String(node), node: String(node) });
    return out;
  }
  const attrs: Record<string, string> = {};
  const record = node as XmlNode;
  for (const [key, value] of Object.entries(record)) {
    if (key.startsWith("@_")) attrs[key.slice(2)] = String(value);
  }
  const text = record["#text"] === undefined ? undefined : String(record["#text"]);
  out.push({ name, path, attrs, text, node: record });
  for (const [key, value] of Object.entries(record)) {
    if (!key.startsWith("@_") && key !== "#text") elements(value, key, [...path, name], out);
  }
  return out;
}

/** OfficeApp's child elements in document order (comments left out). */
function childOrder(xml: string): string[] {
  const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Record<string, unknown>[];
  const root = ordered.find((node) => "OfficeApp" in node) as { OfficeApp: Record<string, unknown>[] };
  return root.OfficeApp.map((node) => Object.keys(node).find((key) => key !== ":@")!).filter((name) => !name.startsWith("#"));
}

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as XmlNode[];

/** The requirement sets a <Requirements> element asks for, name → minimum version. */
function setsOf(requirements: unknown, prefix: "" | "bt:"): Record<string, string> {
  const sets = (requirements as XmlNode | undefined)?.[`${prefix}Sets`] as XmlNode | undefined;
  const fallback = String(sets?.["@_DefaultMinVersion"] ?? "1.1");
  return Object.fromEntries(list(sets?.[`${prefix}Set`]).map((set) => [String(set["@_Name"]), String(set["@_MinVersion"] ?? fallback)]));
}

/**
 * What fast-xml-parser's validator lets through but XML forbids (and Office's parser refuses): "--"
 * inside a comment, and a bare "&".
 */
function strictXmlProblems(xml: string): string[] {
  const comments = [...xml.matchAll(/<!--([\s\S]*?)-->/g)].filter((m) => m[1].includes("--")).map((m) => `"--" in a comment: ${m[1].trim().slice(0, 60)}`);
  const ampersands = [...xml.matchAll(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;|#x[0-9a-f]+;)/gi)].map((m) => `bare "&" at ${m.index}`);
  return [...comments, ...ampersands];
}

/** Version strings compared as numbers part by part ("1.10" is above "1.9"). */
const atLeast = (version: string, minimum: string) => {
  const [a, b] = [version, minimum].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
};

/** dist/manifest.xml as the build's own configuration writes it with these `--env` settings (its copy step only). */
async function builtManifest(env: Record<string, string>): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "mgao-manifest-"));
  try {
    const config = webpackConfig(env, { mode: "production" });
    const copy = (config.plugins ?? []).filter((plugin) => plugin?.constructor.name === "CopyPlugin");
    expect(copy).toHaveLength(1);
    const entry = join(out, "empty.js");
    writeFileSync(entry, "");
    const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
      webpack({ mode: "production", context: ROOT, entry, output: { path: join(out, "dist") }, plugins: copy as webpack.WebpackPluginInstance[] }, (error, result) => (error ? reject(error) : resolve(result))),
    );
    expect(stats?.toJson({ all: false, errors: true }).errors).toEqual([]);
    return readFileSync(join(out, "dist", "manifest.xml"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe.each([
  ["manifest.xml (development)", () => DEVELOPMENT, webpackConfig.DEV_URL],
  [`the manifest built for ${DEPLOYED}`, () => webpackConfig.manifestFor(DEVELOPMENT, DEPLOYED), DEPLOYED],
])("%s", (_label, manifest, base) => {
  const xml = manifest();
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
  }).parse(xml) as XmlNode;
  const officeApp = parsed.OfficeApp as XmlNode;
  const all = elements(officeApp, "OfficeApp", [], []);
  const named = (name: string) => all.filter((e) => e.name === name);
  const topLevel = (name: string) => all.filter((e) => e.name === name && e.path.length === 1);
  const inside = (ancestor: string) => all.filter((e) => e.path.includes(ancestor));
  const origin = new URL(base).origin;

  it("is well-formed XML with an OfficeApp task pane root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(strictXmlProblems(xml)).toEqual([]);
    expect(officeApp).toBeDefined();
    expect(officeApp["@_xsi:type"]).toBe("TaskPaneApp");
  });

  it("has the required top-level elements", () => {
    const required = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
      "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "DefaultSettings", "Permissions",
    ];
    for (const name of required) expect(topLevel(name)).toHaveLength(1);
    for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      expect(topLevel(name)[0].attrs.DefaultValue).toBeTruthy();
    }
    const sourceLocation = all.find((e) => e.name === "SourceLocation" && e.path.join("/") === "OfficeApp/DefaultSettings");
    expect(sourceLocation?.attrs.DefaultValue).toBeTruthy();
  });

  it("targets Excel workbooks", () => {
    const hosts = all.filter((e) => e.name === "Host" && e.path.join("/") === "OfficeApp/Hosts");
    expect(hosts.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    const overrideHosts = all.filter((e) => e.name === "Host" && e.path.includes("VersionOverrides"));
    expect(overrideHosts.map((h) => h.attrs["xsi:type"])).toEqual(["Workbook"]);
  });

  it("has a GUID Id", () => {
    expect(topLevel("Id")[0].text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("asks for ReadWriteDocument permission only", () => {
    // One Permissions element anywhere, holding exactly ReadWriteDocument (not ReadWriteMailbox or the like).
    expect(named("Permissions").map((e) => e.text)).toEqual(["ReadWriteDocument"]);
    expect(xml.match(/<Permissions>/g)).toHaveLength(1);
  });

  it("uses HTTPS for every URL", () => {
    const urls: string[] = [];
    for (const e of all) {
      for (const value of [...Object.values(e.attrs), e.text ?? ""]) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim()) && !value.includes("schemas.microsoft.com") && !value.includes("www.w3.org")) {
          urls.push(value.trim());
        }
      }
    }
    // Elements whose DefaultValue must be a URL, whatever it looks like.
    const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Url", "bt:Image"];
    for (const e of all) {
      if (urlElements.includes(e.name) && e.attrs.DefaultValue !== undefined) urls.push(e.attrs.DefaultValue);
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).protocol).toBe("https:");
  });

  it("points every icon at a file in assets/", () => {
    const icons = [
      topLevel("IconUrl")[0].attrs.DefaultValue,
      topLevel("HighResolutionIconUrl")[0].attrs.DefaultValue,
      ...named("bt:Image").filter((e) => e.attrs.DefaultValue).map((e) => e.attrs.DefaultValue),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      expect(icon.startsWith(base)).toBe(true);
      const file = icon.slice(base.length);
      expect(file).toMatch(/^assets\/[^/]+\.png$/);
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
  });

  it("puts OfficeApp's elements in the order the schema requires", () => {
    const order = childOrder(xml);
    expect(order.filter((name) => !SCHEMA_ORDER.includes(name))).toEqual([]);
    expect(order).toEqual([...order].sort((a, b) => SCHEMA_ORDER.indexOf(a) - SCHEMA_ORDER.indexOf(b)));
    expect(order.indexOf("Requirements")).toBe(order.indexOf("Hosts") + 1);
  });

  it("is activated only where SharedRuntime 1.1 and the Excel API the builders call are supported", () => {
    // In the base manifest: without it, Office 2016 and 2019 would load the pane in Internet Explorer 11.
    const activation = setsOf(officeApp.Requirements, "");
    expect(activation).toEqual({ SharedRuntime: "1.1", [EXCEL_API.name]: expect.any(String) });
    // The pane checks the same set before offering to build (src/taskpane/host.ts).
    expect(activation[EXCEL_API.name]).toBe(EXCEL_API.version);
    expect(atLeast(activation[EXCEL_API.name], "1.9")).toBe(true); // getRangeByIndexes, dataValidation, freezePanes, pageLayout
  });

  it("asks for the CustomFunctionsRuntime that CustomFunctions.Error needs, where the functions are declared", () => {
    const overrides = setsOf((officeApp.VersionOverrides as XmlNode).Requirements, "bt:");
    expect(overrides.SharedRuntime).toBe("1.1");
    const functionsSource = readdirSync(join(ROOT, "src", "functions")).map((name) => readFileSync(join(ROOT, "src", "functions", name), "utf8")).join("\n");
    // CustomFunctions.Error (with its messages) came in CustomFunctionsRuntime 1.2.
    expect(functionsSource).toContain("CustomFunctions.Error");
    expect(atLeast(overrides.CustomFunctionsRuntime, "1.2")).toBe(true);
  });

  it("serves every file from one address, whose origin AppDomains names", () => {
    const urls = all.flatMap((e) => [...Object.values(e.attrs), e.text ?? ""]).filter((v) => /^https?:\/\//.test(v.trim()) && !/schemas\.microsoft\.com|www\.w3\.org/.test(v));
    const domains = named("AppDomain").map((e) => e.text);
    expect(domains).toEqual([origin]);
    for (const url of urls.filter((u) => !domains.includes(u))) expect({ url, base: url.startsWith(base) }).toEqual({ url, base: true });
    expect(topLevel("SupportUrl")[0].attrs.DefaultValue.startsWith(base)).toBe(true);
  });

  if (base !== webpackConfig.DEV_URL) {
    it("names no localhost anywhere", () => {
      expect(xml).not.toMatch(/localhost/i);
    });
  }

  it("has unique resource ids, and every resid resolves to one", () => {
    const ids = inside("Resources").map((e) => e.attrs.id).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    const references = all.map((e) => e.attrs.resid).filter((id): id is string => id !== undefined);
    expect(references.length).toBeGreaterThan(0);
    for (const resid of references) {
      expect(ids).toContain(resid);
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("runs the functions, ribbon and task pane in one shared runtime", () => {
    const sets = [...named("Set"), ...named("bt:Set")].map((e) => e.attrs.Name);
    expect(sets).toContain("SharedRuntime");
    expect(sets).toContain("CustomFunctionsRuntime");

    const runtimes = named("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
    const runtime = runtimes[0].attrs.resid;
    // The shared runtime only loads when the page, the function file and the runtime agree.
    expect(named("FunctionFile").map((e) => e.attrs.resid)).toEqual([runtime]);
    const page = all.find((e) => e.name === "SourceLocation" && e.path[e.path.length - 1] === "Page");
    expect(page?.attrs.resid).toBe(runtime);
    const taskpaneActions = all.filter((e) => e.name === "SourceLocation" && e.path[e.path.length - 1] === "Action");
    expect(taskpaneActions.length).toBeGreaterThan(0);
    for (const action of taskpaneActions) expect(action.attrs.resid).toBe(runtime);
  });

  it("declares the custom functions without a Namespace", () => {
    const points = named("ExtensionPoint").filter((e) => e.attrs["xsi:type"] === "CustomFunctions");
    expect(points).toHaveLength(1);
    const point = points[0].node as XmlNode;
    expect(point.Namespace).toBeUndefined();
    expect(named("Namespace")).toHaveLength(0);
    for (const child of ["Script", "Page", "Metadata"]) expect(point[child]).toBeDefined();
  });

  it("has a ribbon button that shows the task pane", () => {
    const controls = named("Control").filter((e) => e.attrs["xsi:type"] === "Button");
    expect(controls.length).toBeGreaterThan(0);
    const actions = named("Action").map((e) => e.attrs["xsi:type"]);
    expect(actions).toContain("ShowTaskpane");
  });
});

describe("npm run build -- --env url=...", () => {
  it("writes dist/manifest.xml for that address, naming no localhost", async () => {
    const built = await builtManifest({ url: "https://addins.example.go.ke/finance/mgao" });
    expect(built).toBe(webpackConfig.manifestFor(DEVELOPMENT, DEPLOYED));
    expect(built).not.toMatch(/localhost/i);
    expect(built).toContain(`<SourceLocation DefaultValue="${DEPLOYED}taskpane.html"/>`);
  }, 60_000);

  it("sets another support URL with --env support=...", async () => {
    const built = await builtManifest({ url: DEPLOYED, support: "https://finance.example.go.ke/help/mgao" });
    expect(built).toContain('<SupportUrl DefaultValue="https://finance.example.go.ke/help/mgao"/>');
  }, 60_000);

  it("keeps https://localhost:3000 without --env url", async () => {
    expect(await builtManifest({})).toBe(DEVELOPMENT);
  }, 60_000);

  it("writes a well-formed manifest whatever the address holds", () => {
    // "--" would end an XML comment early; "&" must be escaped in an attribute.
    const odd = "https://mgao--fiscal.example.go.ke/a&b/mgao/";
    const built = webpackConfig.manifestFor(DEVELOPMENT, odd);
    expect(XMLValidator.validate(built)).toBe(true);
    expect(strictXmlProblems(built)).toEqual([]);
    expect(strictXmlProblems("<a b=\"x&y\"><!-- a--b --></a>")).toHaveLength(2); // the check can fail
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", processEntities: true }).parse(built) as { OfficeApp: { DefaultSettings: { SourceLocation: { "@_DefaultValue": string } } } };
    expect(parsed.OfficeApp.DefaultSettings.SourceLocation["@_DefaultValue"]).toBe(`${odd}taskpane.html`);
  });

  it("refuses an address Office would not load", () => {
    for (const url of ["http://addins.example.go.ke/mgao/", "addins.example.go.ke/mgao/", "https://addins.example.go.ke/mgao/?v=2"]) {
      expect(() => webpackConfig({ url }, { mode: "production" })).toThrow(/--env url=/);
    }
  });

  it("fails rather than write a deployment manifest that still names localhost", () => {
    const stray = DEVELOPMENT.replace('DefaultValue="Mgao"/>', 'DefaultValue="Mgao"/><!-- see http://localhost:8080 -->');
    expect(() => webpackConfig.manifestFor(stray, DEPLOYED)).toThrow(/still names localhost/);
  });
});
