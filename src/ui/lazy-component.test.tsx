import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A loader the test resolves by hand, counting its calls. */
function manualLoader() {
  const calls = { count: 0 };
  let settle: { resolve(c: typeof Greeting): void; reject(e: Error): void } | null = null;
  const load = () =>
    new Promise<typeof Greeting>((resolve, reject) => {
      calls.count++;
      settle = { resolve, reject };
    });
  return { load, calls, settle: () => settle! };
}

const app = (Component: typeof Greeting) => (
  <Suspense fallback={<p>Loading…</p>}>
    <Component name="class" />
  </Suspense>
);

describe('lazyComponent', () => {
  it('shows the fallback until the code arrives, like React.lazy', async () => {
    const loader = manualLoader();
    const { Component } = lazyComponent(loader.load);
    render(app(Component));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => loader.settle().resolve(Greeting));
    expect(await screen.findByText('Hello, class')).toBeInTheDocument();
    expect(loader.calls.count).toBe(1);
  });

  it('renders at once, never showing the fallback, once preloaded', async () => {
    const loader = manualLoader();
    const { Component, preload } = lazyComponent(loader.load);
    const preloading = preload();
    loader.settle().resolve(Greeting);
    await preloading;
    render(app(Component));
    expect(screen.getByText('Hello, class')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    expect(loader.calls.count).toBe(1);
  });

  it('loads the code once however often it is preloaded', async () => {
    const loader = manualLoader();
    const { preload } = lazyComponent(loader.load);
    const first = preload();
    const second = preload();
    loader.settle().resolve(Greeting);
    await Promise.all([first, second]);
    expect(loader.calls.count).toBe(1);
  });

  it('tries again after a failed load', async () => {
    const loader = manualLoader();
    const { preload } = lazyComponent(loader.load);
    const failed = preload();
    loader.settle().reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    const again = preload();
    loader.settle().resolve(Greeting);
    await expect(again).resolves.toBe(Greeting);
    expect(loader.calls.count).toBe(2);
  });
});
