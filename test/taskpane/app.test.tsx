/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/app";

describe("App", () => {
  it("starts in the given language with the product name as its title", () => {
    render(<App host="browser" initialLocale="zh-CN" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("服务质量管家");
    expect(screen.getByText("浏览器模式：未连接 Excel")).toBeTruthy();
  });

  it("switches the title and the document language with the language switch", () => {
    render(<App host="browser" initialLocale="zh-CN" />);
    fireEvent.change(screen.getByLabelText("语言"), { target: { value: "en-US" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Service Quality Desk");
    expect((screen.getByLabelText("Language") as HTMLSelectElement).value).toBe("en-US");
    expect(document.documentElement.lang).toBe("en-US");

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("服务质量管家");
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("says when it is connected to Excel", () => {
    render(<App host="excel" initialLocale="en-US" />);
    expect(screen.getByText("Connected to Excel")).toBeTruthy();
  });
});
