// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyView, usePreloadWhenIdle } from '../../../src/components/islands/common/lazy-view.ts';

function Later({ text }: { text: string }) {
  return <p>{text}</p>;
}

describe('lazyView', () => {
  it('loads its chunk once, when the page is idle, before the view is shown', async () => {
    const load = vi.fn(async () => Later);
    const View = lazyView(load);
    function Page({ show }: { show: boolean }) {
      usePreloadWhenIdle(View);
      return <Suspense fallback={<p>loading</p>}>{show && <View text="the view" />}</Suspense>;
    }
    const { rerender } = render(<Page show={false} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(load).toHaveBeenCalledTimes(1);
    rerender(<Page show />);
    expect(await screen.findByText('the view')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
