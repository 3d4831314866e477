/** The withdraw page: a receipt code in, the submission deleted. */
import { csrfToken, errorOf } from "./dom.js";

const form = document.querySelector<HTMLFormElement>("#withdraw")!;
const status = document.querySelector<HTMLElement>("#status")!;

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const receipt = document.querySelector<HTMLInputElement>("#receipt-input")!.value;
  status.textContent = "Withdrawing…";
  const response = await fetch("/api/withdraw", { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": csrfToken() }, body: JSON.stringify({ receipt }) });
  if (!response.ok) {
    status.textContent = await errorOf(response);
    return;
  }
  const answer = (await response.json()) as { already?: boolean };
  status.textContent = answer.already ? "This submission was withdrawn already." : "Withdrawn: your submission is deleted and will be in no later release.";
  form.reset();
});
