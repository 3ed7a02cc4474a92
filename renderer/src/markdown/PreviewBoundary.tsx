import { Component, type ReactNode } from 'react';

interface Props {
  /** The text being shown: a new text gets a fresh try. */
  markdown: string;
  children: ReactNode;
}

interface State {
  failedOn: string | null;
  reason: string;
}

/**
 * Whatever a note's text does to the renderer (a stack overflow the limits did not foresee), it
 * costs only the preview: the page, the editor and the unsaved text stay.
 */
export class PreviewBoundary extends Component<Props, State> {
  override state: State = { failedOn: null, reason: '' };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { reason: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(): void {
    this.setState({ failedOn: this.props.markdown });
  }

  override render(): ReactNode {
    const failed = this.state.reason !== '' && (this.state.failedOn === null || this.state.failedOn === this.props.markdown);
    if (failed) {
      return (
        <p className="preview-refused" data-testid="preview-refused" role="note">
          The preview could not show this note ({this.state.reason}). Its text is in the editor, unchanged.
        </p>
      );
    }
    return this.props.children;
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.reason !== '' && this.state.failedOn !== null && previous.markdown !== this.props.markdown) {
      this.setState({ failedOn: null, reason: '' });
    }
  }
}
