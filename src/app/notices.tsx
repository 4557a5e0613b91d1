import { useAppStore } from '../state/use-app-store';
import { dismissNotice } from '../state/actions';

/** Polite, dismissable messages: read out once by screen readers, never in the way. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button type="button" onClick={() => dismissNotice(notice.id)} aria-label="Dismiss this notice">
            ✕
          </button>
        </p>
      ))}
    </div>
  );
}
