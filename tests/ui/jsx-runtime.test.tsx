/** @jsxImportSource @/lib/ui */
import { describe, expect, it, vi } from 'vitest';

describe('DOM JSX runtime', () => {
  it('renders page strings as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const node = <p title={hostile}>{hostile}</p>;
    expect(node.textContent).toBe(hostile);
    expect(node.querySelector('img')).toBeNull();
    expect(node.getAttribute('title')).toBe(hostile);
  });

  it('sets attributes, classes, aria booleans as words, and skips false / null / undefined', () => {
    const node = (
      <button type="button" className="chip" aria-expanded={false} disabled={false} hidden={true} data-x={undefined}>
        {null}
        {false}
        {['a', 1]}
      </button>
    );
    expect(node.getAttribute('class')).toBe('chip');
    expect(node.getAttribute('aria-expanded')).toBe('false');
    expect(node.hasAttribute('disabled')).toBe(false);
    expect(node.hasAttribute('hidden')).toBe(true);
    expect(node.hasAttribute('data-x')).toBe(false);
    expect(node.textContent).toBe('a1');
  });

  it('wires event handlers and calls function components', () => {
    const onClick = vi.fn();
    const Label = ({ text }: { text: string }) => <span>{text}</span>;
    const node = (
      <div>
        <button onClick={onClick}>go</button>
        <Label text="hello" />
      </div>
    );
    node.querySelector('button')!.dispatchEvent(new Event('click'));
    expect(onClick).toHaveBeenCalledOnce();
    expect(node.querySelector('span')!.textContent).toBe('hello');
  });

  it('creates SVG in the SVG namespace', () => {
    const node = (
      <svg viewBox="0 0 16 16">
        <path d="M0 0" />
      </svg>
    );
    expect(node.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(node.firstElementChild!.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});
