/** The ribbon command's message dialog: shows the text it was opened with, as text (never as HTML). */
const params = new URLSearchParams(window.location.search);
const notice = document.getElementById("notice");
if (notice) {
  notice.textContent = params.get("text") ?? "";
  notice.style.font = "14px 'Segoe UI', 'Microsoft YaHei', sans-serif";
  notice.style.color = params.get("kind") === "error" ? "#a4262c" : "#242424";
}
