/**
 * /explorer: GraphiQL against this server's /graphql, with the saved operations as tabs and the
 * headers pane open for a bearer key. Bundled by web/build.ts; nothing is loaded from elsewhere.
 */
import './workers.ts';
import 'graphiql/style.css';
import './explorer.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples.ts';
import { operationNameFor } from './operation-name.ts';

type FetcherParams = { query: string; variables?: Record<string, unknown> | null; operationName?: string | null };

async function fetcher(params: FetcherParams, options?: { headers?: Record<string, unknown> }) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers as Record<string, string>) },
    body: JSON.stringify({ ...params, operationName: operationNameFor(params.query, params.operationName) }),
  });
  return (await response.json()) as Record<string, unknown>;
}

function Explorer() {
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <strong>Provenance graph · Explorer</strong>
        <span>
          Queries go to <code>/graphql</code>. Writes need <code>{'{"authorization": "Bearer <API_KEY>"}'}</code> in the Headers pane.
        </span>
        <nav>
          <a href="/graph">Graph view</a> · <a href="/graphql">Apollo Sandbox (online)</a>
        </nav>
      </header>
      <div className="explorer-main">
        <GraphiQL
          fetcher={fetcher as never}
          defaultTabs={exampleTabs()}
          defaultHeaders={'{}'}
          defaultEditorToolsVisibility="headers"
          isHeadersEditorEnabled
          shouldPersistHeaders={false}
          showPersistHeadersSettings
          defaultQuery={'# Pick a saved operation from the tabs above, or write your own.\n'}
        />
      </div>
    </div>
  );
}

createRoot(document.getElementById('explorer')!).render(<Explorer />);
