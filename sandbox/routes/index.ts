/** Every PandaPon route the sandbox serves (one file per resource group). */
import type { Route } from '../router';
import { addressRoutes } from './address';
import { alibabaAfterSalesRoutes } from './alibabaAfterSales';
import { alibabaCartRoutes } from './alibabaCart';
import { alibabaOrderRoutes } from './alibabaOrder';
import { alibabaProductRoutes } from './alibabaProduct';
import { logisticsRoutes } from './logistics';
import { taobaoAfterSalesRoutes } from './taobaoAfterSales';
import { taobaoCartRoutes } from './taobaoCart';
import { taobaoOrderRoutes } from './taobaoOrder';
import { taobaoProductRoutes } from './taobaoProduct';

export const pandaPonRoutes: Route[] = [
	...taobaoCartRoutes,
	...alibabaCartRoutes,
	...taobaoOrderRoutes,
	...alibabaOrderRoutes,
	...logisticsRoutes,
	...taobaoProductRoutes,
	...alibabaProductRoutes,
	...taobaoAfterSalesRoutes,
	...alibabaAfterSalesRoutes,
	...addressRoutes,
];
