import { Alibaba1688OAuth2Api } from '../../credentials/Alibaba1688OAuth2Api.credentials';
import { MogujieOAuth2Api } from '../../credentials/MogujieOAuth2Api.credentials';
import { Alibaba1688 } from '../../nodes/Alibaba1688/Alibaba1688.node';
import { Mogujie } from '../../nodes/Mogujie/Mogujie.node';
import { MAX_RETRIES } from '../../nodes/shared/transport/platform-request';
import { SCENARIOS, runFaultScenarios } from '../../scripts/lib/fault-scenarios';
import type { ScenarioResult } from '../../scripts/lib/fault-scenarios';
import { documentedScenarioIds } from '../../scripts/reliability';

// Every fault of scripts/lib/fault-scenarios.js, run against the TS sources, must show its property.
// The scenarios use real backoff, so the run takes about half a minute; no wall-clock time is asserted.

let results: ScenarioResult[] = [];

beforeAll(async () => {
	results = await runFaultScenarios({
		Alibaba1688,
		Alibaba1688OAuth2Api,
		Mogujie,
		MogujieOAuth2Api,
		maxRetries: MAX_RETRIES,
	});
}, 240_000);

const ids = (expect: ScenarioResult['expect']) =>
	SCENARIOS.filter((s) => s.expect === expect).map((s) => s.id);

function result(id: string): ScenarioResult {
	const found = results.find((r) => r.id === id);
	if (!found) throw new Error(`scenario ${id} did not run`);
	return found;
}

/** The platform's own refusals of a token, which the gateway gives before the API runs. */
const TOKEN_REFUSALS = ['401', '0000001', '0000010'];

/** A write's message must send the user to look before running it again. */
const CHECK_FIRST = /check in (1688|Mogujie) before running it again/;

it('runs every scenario, on both platforms, reads and writes', () => {
	expect(results.map((r) => r.id)).toEqual(SCENARIOS.map((s) => s.id));
	for (const platform of ['1688', 'Mogujie'])
		for (const operation of ['read', 'write'])
			expect(
				results.filter((r) => r.platform === platform && r.operation === operation).length,
			).toBeGreaterThan(5);
});

it.each(ids('recovers'))('%s: the read recovers within the retry bound', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('succeeded');
	expect(r.attempts).toBeGreaterThan(1);
	expect(r.attempts).toBeLessThanOrEqual(MAX_RETRIES + 1);
	expect(r.answers[r.answers.length - 1]).toMatch(/^200$/);
});

it.each(ids('givesUp'))('%s: a fault that stays ends the retries and says what it was', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('failed');
	expect(r.attempts).toBe(MAX_RETRIES + 1);
	expect(r.fullMessage).toContain(r.answers[0]);
});

it.each(ids('sentOnce'))('%s: the write is sent once and the user is told to check first', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('failed');
	expect(r.attempts).toBe(1);
	expect(r.fullMessage).toMatch(CHECK_FIRST);
});

it.each([...ids('refused'), ...ids('notRetried')])(
	'%s: a refusal that retrying cannot fix now is sent once and names the code',
	(id) => {
		const r = result(id);
		expect(r.outcome).toBe('failed');
		expect(r.attempts).toBe(1);
		expect(r.answers[0]).toMatch(/^gw\./);
		expect(r.fullMessage).toContain(r.answers[0]);
	},
);

it.each(ids('renews'))('%s: the token is renewed and the call goes through', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('succeeded');
	expect(r.refreshAnswers).toEqual(['ok']);
	// proactive renewal: one send; reactive: the refused send and one re-signed resend
	if (r.attempts === 2) expect(TOKEN_REFUSALS).toContain(r.answers[0]);
	else expect(r.attempts).toBe(1);
});

it.each(ids('reauthorize'))('%s: names the platform code and asks to authorize again', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('failed');
	expect(r.attempts).toBe(1);
	const code = r.refreshAnswers[r.refreshAnswers.length - 1] ?? r.answers[0];
	expect(code).not.toBe('ok');
	expect(r.fullMessage).toContain(code);
	expect(r.fullMessage).toMatch(/Authorize (the credential )?again/);
});

it.each(SCENARIOS.filter((s) => s.id.endsWith('refresh-revoked')).map((s) => s.id))(
	'%s: the refused refresh token is named and "Authorize again" is the next step',
	(id) => {
		const r = result(id);
		expect(r.refreshes).toBe(1);
		expect(r.refreshAnswers[0]).not.toBe('ok');
		expect(r.fullMessage).toContain(r.refreshAnswers[0]);
		expect(r.fullMessage).toMatch(/Authorize again/);
	},
);

it.each(ids('cancelled'))('%s: cancelling during a backoff stops the retries', (id) => {
	const r = result(id);
	expect(r.outcome).toBe('failed');
	expect(r.attempts).toBe(1);
	// the node signed no further request: the cancel ended the backoff itself (a cancel noticed only
	// at the next send would show here as a second signed request that never reached the sandbox)
	expect(r.signedByNode).toBe(1);
	expect(r.stoppedAfterCancelMs).toEqual(expect.any(Number));
});

it('no write is ever re-sent, except once after the platform refused the token', () => {
	for (const r of results.filter((x) => x.operation === 'write')) {
		const renewedAfterRefusal =
			TOKEN_REFUSALS.includes(r.answers[0]) && r.refreshAnswers.includes('ok');
		expect({ id: r.id, attempts: r.attempts }).toEqual({
			id: r.id,
			attempts: renewedAfterRefusal ? 2 : 1,
		});
	}
});

it('no message contains a secret or a token', () => {
	expect(results.filter((r) => r.leaksSecret).map((r) => r.id)).toEqual([]);
});

it('docs/reliability.md lists exactly the scenarios the runner has (regenerate with npm run reliability)', () => {
	expect(documentedScenarioIds()).toEqual(SCENARIOS.map((s) => s.id));
});
