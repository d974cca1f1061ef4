// Reads n8n's executions straight from the topology's PostgreSQL with n8n's own `pg` and `flatted`: exact counts
// by status (the REST list pages and may estimate) and the output of one node across many executions.
import { createRequire } from 'node:module';
import { join } from 'node:path';

export class ExecutionsDb {
	constructor(host, postgresEnv) {
		const require = createRequire(join(host.nodeModules, 'n8n', 'package.json'));
		const { Client } = require('pg');
		this.flatted = require('flatted');
		this.client = new Client({
			host: postgresEnv.DB_POSTGRESDB_HOST,
			port: Number(postgresEnv.DB_POSTGRESDB_PORT),
			database: postgresEnv.DB_POSTGRESDB_DATABASE,
			user: postgresEnv.DB_POSTGRESDB_USER,
			password: postgresEnv.DB_POSTGRESDB_PASSWORD,
		});
	}

	connect() {
		return this.client.connect();
	}

	end() {
		return this.client.end();
	}

	/** Highest execution id so far (0 when none): later executions have larger ids. */
	async lastId() {
		const { rows } = await this.client.query('SELECT COALESCE(MAX(id), 0)::int AS id FROM execution_entity');
		return rows[0].id;
	}

	/** { success: n, error: n, crashed: n, running: n, new: n, … } for a workflow's executions with id > afterId. */
	async countByStatus(workflowId, afterId = 0) {
		const { rows } = await this.client.query(
			'SELECT status, COUNT(*)::int AS n FROM execution_entity WHERE "workflowId" = $1 AND id > $2 GROUP BY status',
			[workflowId, afterId],
		);
		const counts = { total: 0 };
		for (const { status, n } of rows) {
			counts[status] = n;
			counts.total += n;
		}
		return counts;
	}

	/** [{ id, status, workflowId }] of executions with these ids. */
	async statuses(ids) {
		if (ids.length === 0) return [];
		const { rows } = await this.client.query('SELECT id::text AS id, status, "workflowId" FROM execution_entity WHERE id = ANY($1::int[])', [
			ids.map(Number),
		]);
		return rows;
	}

	/** Ids of a workflow's executions with id > afterId that ended `error` or `crashed`. */
	async failedIds(workflowId, afterId = 0) {
		const { rows } = await this.client.query(
			"SELECT id::text AS id FROM execution_entity WHERE \"workflowId\" = $1 AND id > $2 AND status IN ('error', 'crashed')",
			[workflowId, afterId],
		);
		return rows.map((row) => row.id);
	}

	/** Output items (json) of `nodeName` in every successful execution of a workflow with id > afterId. */
	async nodeOutputs(workflowId, nodeName, afterId = 0) {
		const { rows } = await this.client.query(
			'SELECT d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id ' +
				'WHERE e."workflowId" = $1 AND e.id > $2 AND e.status = $3',
			[workflowId, afterId, 'success'],
		);
		return rows.flatMap(({ data }) => {
			const runs = this.flatted.parse(data).resultData?.runData?.[nodeName] ?? [];
			return runs.flatMap((run) => (run.data?.main?.[0] ?? []).map((item) => item.json));
		});
	}

	/** Polls until `done(counts)` holds for the workflow's executions after `afterId`; returns the last counts. */
	async waitForCounts(workflowId, afterId, done, { timeoutMs = 120000, intervalMs = 500 } = {}) {
		const deadline = Date.now() + timeoutMs;
		let counts = await this.countByStatus(workflowId, afterId);
		while (!done(counts) && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, intervalMs));
			counts = await this.countByStatus(workflowId, afterId);
		}
		return counts;
	}
}

/** Executions that have not reached a final state. */
export const unfinished = (counts) => (counts.new ?? 0) + (counts.running ?? 0) + (counts.waiting ?? 0);
