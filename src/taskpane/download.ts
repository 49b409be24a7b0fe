const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes to the user as a file download (a workbook unless `type` says otherwise). */
export function download(bytes: Uint8Array, fileName: string, type = XLSX): void {
  const blob = new Blob([bytes as unknown as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
