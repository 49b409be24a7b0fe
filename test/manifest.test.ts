/**
 * Offline checks of manifest.xml: well-formed, complete, HTTPS only, icons present in assets/,
 * resource ids unique and resolvable, and configured for one shared runtime.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = join(__dirname, "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");

type XmlNode = { [key: string]: unknown };

interface Element {
  name: string;
  path: string[];
  attrs: Record<string, string>;
  text?: string;
  node: XmlNode | string;
}

const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
}).parse(xml) as XmlNode;

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

const officeApp = parsed.OfficeApp as XmlNode;
const all = elements(officeApp, "OfficeApp", [], []);
const named = (name: string) => all.filter((e) => e.name === name);
const topLevel = (name: string) => all.filter((e) => e.name === name && e.path.length === 1);
const inside = (ancestor: string) => all.filter((e) => e.path.includes(ancestor));

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp task pane root", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
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
      const { pathname } = new URL(icon);
      expect(pathname).toMatch(/^\/assets\/[^/]+\.png$/);
      expect(existsSync(join(ROOT, "assets", pathname.slice("/assets/".length)))).toBe(true);
    }
  });

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
