/** Opens the browser's print dialog on the handout; its "Save as PDF" destination makes the PDF. */
export function PrintButton({ className = 'print-button' }: { className?: string }) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => window.print()}
      title="Print a handout of the events shown, or of the tour, with their sources and a small map. To get a PDF, choose “Save as PDF” in the print dialog."
    >
      Print handout
    </button>
  );
}
