/** The first-run page: what Backstory does, the three ways to use it, and its privacy promise. */
export function WelcomePage({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <main>
      <h1>Backstory is ready</h1>
      <p>
        Open a news or opinion article. Backstory finds the article on the page and marks the people, organisations, places,
        events and contested topics it knows about.
      </p>
      <h2>How to read with it</h2>
      <ul>
        <li>
          <strong>Rest the pointer on a marked name</strong> to see who or what it is at the article's date and now, the
          background, and the views the article leaves out, each with its sources.
        </li>
        <li>
          <strong>Click the Backstory toolbar button</strong> (or press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd>) for the
          context panel: everything recognised on the page and a profile of the publication.
        </li>
        <li>
          <strong>Press <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>N</kbd></strong> to move from one marked name to the next with
          the keyboard.
        </li>
      </ul>
      <h2>What stays on this computer</h2>
      <p>
        Everything. Backstory works from a database that came with it: it makes no network requests, sends nothing about
        what you read, and collects no statistics.
      </p>
      <p>
        <button type="button" onClick={onOpenOptions}>
          Choose where and what Backstory marks
        </button>
      </p>
    </main>
  );
}
