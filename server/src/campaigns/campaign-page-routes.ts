import type { FastifyInstance } from 'fastify';
import * as v from 'valibot';
import { CampaignPathSchema, ENDPOINTS } from '#protocol';
import type { AppContext } from '../context.js';
import { searchParamsOf } from '../http/validate.js';
import { readApi } from '../pages/api-read.js';
import { renderCampaignPage } from '../pages/campaign-page.js';
import { pageLocale } from '../pages/page-http.js';
import { sendRead } from '../pages/read-page.js';

/* A funding campaign's page without scripts: `GET /campaigns/:campaignId`, read through getCampaign. */

export async function campaignPageRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  app.get('/campaigns/:campaignId', async (request, reply) => {
    const locale = pageLocale(ctx, request, searchParamsOf(request.url).get('lang'));
    const path = v.safeParse(CampaignPathSchema, request.params);
    if (!path.success) return sendRead(reply, locale, { kind: 'missing' }, () => '');
    const { campaignId } = path.output;
    const campaign = await readApi(app, ENDPOINTS.getCampaign, { campaignId }, {}, locale);
    return sendRead(reply, locale, campaign, (value) =>
      renderCampaignPage(locale, value, `/campaigns/${encodeURIComponent(campaignId)}`, ctx.clock.now()),
    );
  });
}
