import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
}

/** Keeps one view's crash inside that view: the others go on working, and a notice says what happened. */
export class ViewBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="view-error" role="alert" aria-label={this.props.name}>
        <h2>The {this.props.name.toLowerCase()} could not be shown</h2>
        <p>{this.state.error.message}</p>
        <p>The other views still work. Reloading the page may help.</p>
      </section>
    );
  }
}
