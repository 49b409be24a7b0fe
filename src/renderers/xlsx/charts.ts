import JSZip from "jszip";
import { BAR_COLOUR, type ChartPlan, type ChartSeries, rangeA1 } from "../../plans/plan";
import { quoteSheetName } from "../../plans/sheet-names";

/**
 * ExcelJS cannot write charts, so they are added to the finished file: for each sheet with charts, a
 * drawing part anchoring one chart part per chart (DrawingML), linked from the sheet and declared in
 * [Content_Types].xml.
 */
const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL_TYPE = { drawing: `${NS.r}/drawing`, chart: `${NS.r}/chart` };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const ref = (sheet: string, r: ChartSeries["x"]) => esc(`${quoteSheetName(r.sheet ?? sheet)}!${rangeA1(r, true)}`);
const rgb = (colour: string) => `<a:srgbClr val="${esc(colour.replace(/^#/, "").toUpperCase())}"/>`;
const rich = (text: string) => `<c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;

function axis(kind: "valAx" | "catAx" | "dateAx", id: number, cross: number, pos: string, title?: string, format?: string, range?: { min: number; max: number }): string {
  const numFmt = format ? `<c:numFmt formatCode="${esc(format)}" sourceLinked="0"/>` : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  const bounds = range ? `<c:max val="${range.max}"/><c:min val="${range.min}"/>` : "";
  return (
    `<c:${kind}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${bounds}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (title ? `<c:title>${rich(title)}</c:title>` : "") +
    `${numFmt}<c:tickLblPos val="low"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    (kind === "valAx" ? `<c:crossBetween val="between"/>` : kind === "dateAx" ? `<c:auto val="0"/><c:lblOffset val="100"/><c:baseTimeUnit val="months"/>` : `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>`) +
    `</c:${kind}>`
  );
}

/** Flags every data label carries after its text and position, in the schema's order. */
const SHOW = (value: boolean) => `<c:showLegendKey val="0"/><c:showVal val="${value ? 1 : 0}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

/** Each point's own label text (its project number), right of the point; the series shows no other label. */
function pointLabels(labels: readonly string[]): string {
  const each = labels.map((t, k) => `<c:dLbl><c:idx val="${k}"/>${rich(t).replace('<c:overlay val="0"/>', "")}<c:dLblPos val="r"/>${SHOW(true)}</c:dLbl>`).join("");
  return `<c:dLbls>${each}${SHOW(false)}</c:dLbls>`;
}

/** Bars below zero in the chart's negative colour: Excel's "invert if negative" with the inverted fill it reads from the 2010 extension. */
const invertedFill = (colour: string) =>
  `<c:extLst><c:ext uri="{6F2FDCE9-48DA-4B69-8628-5D25D57E0C7C}" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:invertSolidFillFmt><c14:spPr xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><a:solidFill>${rgb(colour)}</a:solidFill></c14:spPr></c14:invertSolidFillFmt></c:ext></c:extLst>`;

function scatterSeries(s: ChartSeries, sheet: string): string {
  // A threshold line: dashed grey, no markers; the points: markers only, each with its label.
  const look = s.line
    ? `<c:spPr><a:ln w="15875"><a:solidFill>${rgb("#7F7F7F")}</a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
    : `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="8"/></c:marker>${s.labels && s.labels.length > 0 ? pointLabels(s.labels) : ""}`;
  return `${look}<c:xVal><c:numRef><c:f>${ref(sheet, s.x)}</c:f></c:numRef></c:xVal><c:yVal><c:numRef><c:f>${ref(sheet, s.y)}</c:f></c:numRef></c:yVal><c:smooth val="0"/>`;
}

export function chartXml(chart: ChartPlan, sheet: string): string {
  const series = chart.series
    .map((s, k) => {
      const head = `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>`;
      if (chart.kind === "scatter") return `${head}${scatterSeries(s, sheet)}</c:ser>`;
      const negative = chart.kind === "bar" && chart.negativeColour !== undefined ? chart.negativeColour : undefined;
      const bar = negative !== undefined ? `<c:spPr><a:solidFill>${rgb(BAR_COLOUR)}</a:solidFill></c:spPr><c:invertIfNegative val="1"/>` : `<c:invertIfNegative val="0"/>`;
      return `${head}${chart.kind === "line" ? `<c:marker><c:symbol val="circle"/></c:marker>` : bar}<c:cat>${chart.xDates ? `<c:numRef><c:f>${ref(sheet, s.x)}</c:f></c:numRef>` : `<c:strRef><c:f>${ref(sheet, s.x)}</c:f></c:strRef>`}</c:cat><c:val><c:numRef><c:f>${ref(sheet, s.y)}</c:f></c:numRef></c:val>${chart.kind === "line" ? `<c:smooth val="0"/>` : ""}${negative !== undefined ? invertedFill(negative) : ""}</c:ser>`;
    })
    .join("");
  const plot =
    chart.kind === "scatter"
      ? `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}<c:axId val="1"/><c:axId val="2"/></c:scatterChart>${axis("valAx", 1, 2, "b", chart.xTitle, undefined, chart.axesRange)}${axis("valAx", 2, 1, "l", chart.yTitle, undefined, chart.axesRange)}`
      : chart.kind === "bar"
        ? `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="1"/><c:axId val="2"/></c:barChart>${axis("catAx", 1, 2, "l", chart.xTitle)}${axis("valAx", 2, 1, "b", chart.yTitle)}`
        : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1"/><c:axId val="2"/></c:lineChart>${chart.xDates ? axis("dateAx", 1, 2, "b", chart.xTitle, chart.xDates.format) : axis("catAx", 1, 2, "b", chart.xTitle)}${axis("valAx", 2, 1, "l", chart.yTitle)}`;
  const legend = chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/><c:chart><c:title>${rich(chart.title)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts
    .map((chart, k) => {
      const { row, col, rows, cols } = chart.at;
      const cell = (tag: string, c: number, r: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return `<xdr:twoCellAnchor editAs="oneCell">${cell("from", col, row)}${cell("to", col + cols, row + rows)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${k + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;

/** Elements that must follow <drawing> in a worksheet (ECMA-376 order). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

export interface SheetCharts {
  /** 1-based position of the sheet in the workbook (ExcelJS writes sheetN.xml in that order). */
  position: number;
  name: string;
  charts: readonly ChartPlan[];
}

export async function addCharts(xlsx: Uint8Array, sheets: readonly SheetCharts[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let chartNo = 0;
  for (const [d, sheet] of withCharts.entries()) {
    const drawing = `drawing${d + 1}.xml`;
    const chartRels = sheet.charts.map((chart) => {
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart, sheet.name));
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      return `../charts/chart${chartNo}.xml`;
    });
    zip.file(`xl/drawings/${drawing}`, drawingXml(sheet.charts));
    zip.file(`xl/drawings/_rels/${drawing}.rels`, relsXml(chartRels.map((target, k) => ({ id: `rId${k + 1}`, type: REL_TYPE.chart, target }))));
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);

    const sheetPath = `xl/worksheets/sheet${sheet.position}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${sheet.position}.xml.rels`;
    const existingRels = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : relsXml([]);
    const relId = "rIdMgaoDrawing";
    zip.file(relsPath, existingRels.replace("</Relationships>", `<Relationship Id="${relId}" Type="${REL_TYPE.drawing}" Target="../drawings/${drawing}"/></Relationships>`));
    let xml = await zip.file(sheetPath)!.async("string");
    if (!xml.includes(`xmlns:r="${NS.r}"`)) xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
    const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
    xml = `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
    zip.file(sheetPath, xml);
  }
  zip.file("[Content_Types].xml", types);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
