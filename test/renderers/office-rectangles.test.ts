import { rectangles } from "../../src/renderers/office/rectangles";
import { batches, utf8Bytes } from "../../src/renderers/office/request-budget";

describe("rectangles of equal cells, for the Office.js renderer's looks and number formats", () => {
  const key = (s: string) => (s === "." ? undefined : s);

  it("merges a column's run down the rows, whatever the number of rows", () => {
    const grid = Array.from({ length: 1000 }, () => ["a", "a", "b", "."]);
    expect(rectangles(grid, key)).toEqual([
      { row: 0, col: 0, rows: 1000, cols: 2, key: "a" },
      { row: 0, col: 2, rows: 1000, cols: 1, key: "b" },
    ]);
  });

  it("covers every keyed cell exactly once, and no other", () => {
    const grid = [
      ["a", "a", ".", "b"],
      ["a", "a", "b", "b"],
      ["a", ".", "b", "b"],
      ["c", "c", "c", "c"],
    ];
    const covered = grid.map((line) => line.map(() => 0));
    for (const r of rectangles(grid, key)) {
      for (let i = r.row; i < r.row + r.rows; i++) for (let j = r.col; j < r.col + r.cols; j++) {
        expect(grid[i][j]).toBe(r.key);
        covered[i][j] += 1;
      }
    }
    expect(covered).toEqual(grid.map((line) => line.map((k) => (k === "." ? 0 : 1))));
  });
});

describe("the request budget", () => {
  it("counts UTF-8 bytes as the request body carries them", () => {
    for (const text of ["Kisumu", "Bajeti – 2026", "Mradi wa maji 💧", ""]) expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("starts a new batch before the budget would be passed, and sends a write over it alone", () => {
    const write = (cost: number) => ({ cost, queue: () => undefined });
    const cut = batches([write(40), write(50), write(20), write(150), write(10)], 100);
    expect(cut.map((b) => b.map((w) => w.cost))).toEqual([[40, 50], [20], [150], [10]]);
  });
});
