/**
 * The development landing page at /graphql: Apollo's embedded Sandbox (loaded from Apollo's CDN,
 * so only online), plus a link to this server's own GraphiQL at /explorer, which works offline.
 * Apollo's landing page plugins take no extra HTML, so this wraps the local default plugin and
 * adds the link to the HTML it renders (under the page's nonce, as its CSP requires).
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';

const LINK_ID = 'offline-explorer-link';

export function sandboxWithExplorerLink<T extends BaseContext>(): ApolloServerPlugin<T> {
  const sandbox = ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }) as ApolloServerPlugin<T>;
  return {
    async serverWillStart(service) {
      const listener = await sandbox.serverWillStart?.(service);
      const render = listener?.renderLandingPage?.bind(listener);
      if (!render) return listener;
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const html = typeof page.html === 'string' ? async () => page.html as string : page.html;
          return { html: async () => withExplorerLink(await html()) };
        },
      };
    },
  };
}

export function withExplorerLink(html: string): string {
  const nonce = /nonce="?([0-9a-f]+)/.exec(html)?.[1];
  const style = `<style${nonce ? ` nonce="${nonce}"` : ''}>
    #${LINK_ID} { position: fixed; right: 12px; bottom: 12px; z-index: 10; padding: 6px 12px; border-radius: 6px;
      background: #1f2937; color: #f9fafb; font: 14px system-ui, sans-serif; text-decoration: none; }
  </style>`;
  const link = `<a id="${LINK_ID}" href="/explorer">Offline? Open GraphiQL at /explorer</a>`;
  return html.replace('</body>', `${style}${link}</body>`);
}
