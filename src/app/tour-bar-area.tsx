import { TourBar } from '../tour/tour-bar';
import { OpenPresenterButton } from '../present/open-presenter-button';
import { TourAutoplayButton } from '../playback/tour-autoplay-button';

/** The bar of the tour being followed, with its autoplay and presenter's-window buttons. */
export function TourBarArea() {
  return (
    <TourBar
      extra={
        <>
          <TourAutoplayButton />
          <OpenPresenterButton />
        </>
      }
    />
  );
}
