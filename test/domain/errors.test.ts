import { AppError, SettingsError, type SettingsLocation } from "../../src/domain/errors";

describe("AppError and SettingsError", () => {
  it("AppError carries a code and its class name", () => {
    const error = new AppError("import.bad-date", "Issues!B12: not a date", { cause: new Error("x") });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AppError");
    expect(error.code).toBe("import.bad-date");
    expect(error.message).toBe("Issues!B12: not a date");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it.each<[SettingsLocation, string]>([
    [{ sheet: "Settings", cells: "D30:D34" }, "Settings!D30:D34: weights sum to 95%"],
    [{ sheet: "Settings" }, "Settings: weights sum to 95%"],
    [{ cells: "D30" }, "D30: weights sum to 95%"],
    [{}, "weights sum to 95%"],
  ])("SettingsError at %p says %p", (location, message) => {
    const error = new SettingsError("weights sum to 95%", location);
    expect(error).toBeInstanceOf(AppError);
    expect(error.name).toBe("SettingsError");
    expect(error.code).toBe("settings");
    expect(error.message).toBe(message);
    expect(error.sheet).toBe(location.sheet);
    expect(error.cells).toBe(location.cells);
  });
});
