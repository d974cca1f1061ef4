/**
 * The sandbox ships 40 Taobao items; batch and throughput scenarios need more distinct, known ids. This adds items
 * from the sandbox's own deterministic generator (also used by bench/sandbox-host.ts).
 */
import { createTaobaoItems } from '../../sandbox/state/catalogue';
import { Random } from '../../sandbox/state/random';
import type { Store } from '../../sandbox/state/store';

const EXTRA_CATALOGUE_SEED = 4242;

/** Grows the store's Taobao catalogue to `size` distinct items and returns the first `size` item ids. */
export function enlargeCatalogue(store: Store, size: number): string[] {
	const extra = createTaobaoItems(new Random(EXTRA_CATALOGUE_SEED), size * 2);
	for (const item of extra) {
		if (store.taobaoItems.length >= size) break;
		if (store.taobaoItemById.has(item.itemId)) continue;
		store.taobaoItems.push(item);
		store.taobaoItemById.set(item.itemId, item);
		for (const sku of item.skus) store.taobaoSkuById.set(sku.skuId, { item, sku });
	}
	if (store.taobaoItems.length < size) throw new Error(`catalogue holds ${store.taobaoItems.length} items, wanted ${size}`);
	return store.taobaoItems.slice(0, size).map((item) => item.itemId);
}
