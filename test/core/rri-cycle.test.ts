import { serialOf } from "../../src/core/dates";
import {
  RRI_CYCLE_DAYS,
  cycleClock,
  daysOverdue,
  isBehind,
  isOverdue,
  progressBar,
  rriEnd,
  rriProgress,
  rriStatus,
  wholePercent,
} from "../../src/core/rri-cycle";

const launch = serialOf("2026-02-02");

describe("the 100-day cycle", () => {
  it("counts the launch day as day 1, so the cycle ends on launch + 99", () => {
    expect(RRI_CYCLE_DAYS).toBe(100);
    expect(rriEnd(launch)).toBe(serialOf("2026-05-12"));
    expect(cycleClock(launch, launch)).toEqual({ phase: "running", day: 1, daysLeft: 99, elapsed: 0.01, daysToLaunch: 0 });
    expect(cycleClock(launch, rriEnd(launch))).toEqual({ phase: "running", day: 100, daysLeft: 0, elapsed: 1, daysToLaunch: 0 });
  });

  it("is at day 0 before the launch and stays at 100 after the end", () => {
    expect(cycleClock(launch, launch - 3)).toEqual({ phase: "not started", day: 0, daysLeft: 100, elapsed: 0, daysToLaunch: 3 });
    expect(cycleClock(launch, rriEnd(launch) + 1)).toEqual({ phase: "ended", day: 100, daysLeft: 0, elapsed: 1, daysToLaunch: 0 });
  });

  it("reads an as-of date with a time of day as that day", () => {
    expect(cycleClock(launch, launch + 54.75).day).toBe(55);
  });
});

describe("activities", () => {
  const list = [
    { name: "Site handover", status: "Done" as const, due: launch + 10 },
    { name: "Roofing", status: "In progress" as const, due: launch + 30 },
    { name: "Furniture", status: "Blocked" as const, due: null },
    { name: "Opening", status: "" as const, due: launch + 99 },
    { name: "   ", status: "Done" as const, due: launch },
  ];

  it("counts named rows only; progress is done over activities", () => {
    expect(rriProgress(list)).toEqual({ activities: 4, done: 1, blocked: 1, progress: 0.25 });
    expect(rriProgress([])).toEqual({ activities: 0, done: 0, blocked: 0, progress: null });
  });

  it("is overdue when not Done and due before the as-of day, by whole days", () => {
    const asOf = launch + 31.5;
    expect(list.map((a) => isOverdue(a, asOf))).toEqual([false, true, false, false, false]);
    expect(daysOverdue(list[1], asOf)).toBe(1);
    expect(daysOverdue(list[0], asOf)).toBeNull();
    expect(isOverdue(list[1], launch + 30)).toBe(false);
  });
});

describe("status", () => {
  it("is behind when progress is below the time gone, compared exactly", () => {
    expect(isBehind(1, 4, 25)).toBe(false);
    expect(isBehind(1, 4, 26)).toBe(true);
    expect(isBehind(1, 3, 33)).toBe(false);
    expect(isBehind(1, 3, 34)).toBe(true);
  });

  it("rounds percentages half up from whole numbers (29 of 200 is 15%, where 29/200*100 would round to 14)", () => {
    expect(wholePercent(29, 200)).toBe(15);
    expect(wholePercent(1, 3)).toBe(33);
    expect(wholePercent(5, 8)).toBe(63);
  });

  it("draws a 20-block progress bar", () => {
    expect(progressBar(1, 4)).toBe("█".repeat(5) + "░".repeat(15));
    expect(progressBar(1, 8)).toBe("█".repeat(3) + "░".repeat(17));
    expect(progressBar(0, 3)).toBe("░".repeat(20));
  });

  it("says where the initiative stands, first match wins", () => {
    const p = (done: number, activities: number) => ({ done, activities });
    expect(rriStatus(null, launch, p(1, 4))).toBe("Set the launch date");
    expect(rriStatus(launch, null, p(1, 4))).toBe("Set the as-of date");
    expect(rriStatus(launch, launch - 1, p(1, 4))).toBe("Not started: 1 day to launch");
    expect(rriStatus(launch, launch - 5, p(0, 0))).toBe("Not started: 5 days to launch");
    expect(rriStatus(launch, launch + 10, p(0, 0))).toBe("No activities yet");
    expect(rriStatus(launch, launch + 54, p(2, 5))).toBe("Behind: progress 40% vs time 55%");
    expect(rriStatus(launch, launch + 39, p(2, 5))).toBe("On track");
    expect(rriStatus(launch, launch + 100, p(5, 5))).toBe("Ended: all activities done");
    expect(rriStatus(launch, launch + 100, p(8, 10))).toBe("Ended: 8 of 10 activities done");
    expect(rriStatus(launch, launch + 100, p(0, 1))).toBe("Ended: 0 of 1 activity done");
  });
});
