import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintButton } from './print-button';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PrintButton', () => {
  it('opens the print dialog and says how to get a PDF', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<PrintButton />);
    const button = screen.getByRole('button', { name: 'Print handout' });
    expect(button).toHaveAttribute('title', expect.stringContaining('Save as PDF'));
    await userEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });
});
