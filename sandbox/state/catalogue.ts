/**
 * The deterministic product catalogue. It starts with the items and offers the docs use as examples (so the doc
 * requests work verbatim) and fills up with generated ones.
 */
import { BASE64URL, HEX, Random } from './random';
import type { AlibabaOffer, Seller, SkuProperty, TaobaoItem, TaobaoSku } from './types';

const TAOBAO_CATEGORIES = [
	{ id: '121452038', name: '连衣裙', path: '女装/女士精品->连衣裙' },
	{ id: '50000436', name: 'T恤', path: '男装->T恤' },
	{ id: '50011123', name: '衬衫', path: '男装->衬衫' },
	{ id: '50012010', name: '钱包', path: '箱包皮具->男士钱包' },
	{ id: '50012019', name: '双肩包', path: '箱包皮具->双肩背包' },
	{ id: '50012906', name: '运动鞋', path: '运动鞋new->跑步鞋' },
	{ id: '50016348', name: '保温杯', path: '餐饮具->保温杯' },
	{ id: '50005050', name: '蓝牙耳机', path: '影音电器->耳机' },
] as const;
const ADJECTIVES = ['2025新款', '夏季薄款', '韩版潮流', '复古', '简约', '大容量', '加厚', '百搭', '网红同款', 'ins风'];
const COLORS = ['黑色', '白色', '灰色', '奶油紫', '玫红色', '卡其色'];
const SIZES = ['S', 'M', 'L', 'XL'];
const SHOPS = [
	{ shopId: 268763467, shopName: 'u[2206891060210]', userNick: '测试账号tbc003' },
	{ shopId: 115037976, shopName: '小淘男装服饰', userNick: '小淘男装' },
	{ shopId: 42, shopName: '英皇保罗旗舰店', userNick: '介安琪' },
	{ shopId: 301552876, shopName: '潮流女装工作室', userNick: '潮流女装' },
	{ shopId: 188456231, shopName: '户外运动专营店', userNick: '户外运动' },
];

const ALIBABA_WORDS = [
	['女包', 'women bag'], ['T恤', 'T-shirt'], ['背心', 'vest'], ['男鞋', 'men shoes'], ['文件夹', 'file folder'],
	['保温杯', 'thermos cup'], ['数据线', 'data cable'], ['收纳盒', 'storage box'], ['袜子', 'socks'], ['帽子', 'hat'],
] as const;

const img = (random: Random, host: string) => `https://${host}/img/ibank/O1CN01${random.chars(16, BASE64URL)}_!!0-0-cib.jpg`;

function taobaoSkus(random: Random, base: number, picUrl: string | null): TaobaoSku[] {
	const count = random.int(2, 4);
	const color = random.int(0, COLORS.length - 1);
	return Array.from({ length: count }, (_, i) => {
		const properties: SkuProperty[] = [
			{ propId: 1627207, propName: '颜色分类', valueId: 28320 + color + i, valueName: COLORS[(color + i) % COLORS.length] },
			{ propId: 20509, propName: '尺码', valueId: 28314 + i, valueName: SIZES[i % SIZES.length] },
		];
		const price = base + i * 100;
		return {
			skuId: random.digits(13),
			mpSkuId: random.digits(13),
			price,
			promotionPrice: Math.round(price * 0.85),
			quantity: random.int(50, 2000),
			properties,
			picUrl,
		};
	});
}

/** The T-G4 test item (reference 4.1), kept field for field. */
function testItem(): TaobaoItem {
	const properties: SkuProperty[] = [{ propId: 1627207, propName: '颜色分类', valueId: 28341, valueName: '黑色' }];
	return {
		itemId: '672991141190', itemMapId: 'WUnUC1cILiBjt-Jv3lDdlQ', mpId: '2048057995392326',
		title: '天穹发布商品,测试请不要拍', categoryId: '121452038', categoryName: '连衣裙',
		categoryPath: '童装/婴儿装/亲子装->裙子(新)->连衣裙', description: '测试',
		picUrls: ['https://img.alicdn.com/bao/uploaded/i1/263669477/O1CN01fH0cbf2JsW8fvHFwx_!!263669477.jpg'],
		price: 1, promotionPrice: 1, quantity: 400, shopId: 268763467, shopName: 'u[2206891060210]', userNick: '测试账号tbc003',
		skus: [
			{ skuId: '3452545926724', mpSkuId: '3452545926725', price: 1, promotionPrice: 1, quantity: 200, properties, picUrl: null },
			{ skuId: '3452545926726', mpSkuId: '3452545926727', price: 1, promotionPrice: 1, quantity: 200, properties, picUrl: null },
		],
	};
}

/** Items named in the `/open/order` examples (seed 002), so the documented request body works as is. */
function seedOrderItem(random: Random, itemId: string, skuId: string, title: string): TaobaoItem {
	const skus = taobaoSkus(random, 1, null).map((sku) => ({ ...sku, price: 1, promotionPrice: 1 }));
	skus[0].skuId = skuId;
	return {
		itemId, itemMapId: random.chars(22, BASE64URL), mpId: random.digits(16), title,
		categoryId: '121452038', categoryName: '连衣裙', categoryPath: '女装/女士精品->连衣裙', description: title,
		picUrls: [`https://img.alicdn.com/bao/uploaded/i3/${random.digits(10)}/O1CN01${random.chars(16, BASE64URL)}.jpg`],
		price: 1, promotionPrice: 1, quantity: 10000, ...SHOPS[0], skus,
	};
}

export function createTaobaoItems(random: Random, count: number): TaobaoItem[] {
	const items = [
		testItem(),
		seedOrderItem(random, '600126245031041190', '5016042822039', '#Sisjuly#热辣复古甜酷风性感蕾丝钩花低领修身吊带半身裙套装女'),
		seedOrderItem(random, '600129202197070073', '4860968496626', '复古法式碎花连衣裙女夏季收腰显瘦长裙'),
		seedOrderItem(random, '600086815456800431', '4766078803304', '纯棉短袖T恤男宽松半袖上衣'),
	];
	while (items.length < count) {
		const category = random.pick(TAOBAO_CATEGORIES);
		const shop = random.pick(SHOPS);
		const pic = `https://img.alicdn.com/bao/uploaded/i${random.int(1, 4)}/${random.digits(10)}/O1CN01${random.chars(16, BASE64URL)}.jpg`;
		const skus = taobaoSkus(random, random.int(10, 300) * 100 - 1, pic);
		items.push({
			itemId: `6${random.digits(11)}`, itemMapId: random.chars(22, BASE64URL), mpId: `2048${random.digits(12)}`,
			title: `${random.pick(ADJECTIVES)}${category.name}${random.pick(['男', '女', '男女同款', '学生', '情侣'])}`,
			categoryId: category.id, categoryName: category.name, categoryPath: category.path, description: category.name,
			picUrls: [pic], price: skus[0].price, promotionPrice: skus[0].promotionPrice,
			quantity: skus.reduce((sum, sku) => sum + sku.quantity, 0), ...shop, skus,
		});
	}
	return items;
}

export function createSellers(random: Random): Seller[] {
	const sellers: Seller[] = [
		{ sellerOpenId: 'BBBgGWh2O6JFI6v1aQuZVgRIA', loginId: '广州市大榕树皮具', companyName: '广州市大榕树皮具有限公司', contactName: '廖腾飞', mobile: '13632968337' },
		{ sellerOpenId: 'BBBwAN4GQ60zRPzBkv7BYPJRQ', loginId: '义乌市针织服饰', companyName: '义乌市针织服饰有限公司', contactName: '王芳', mobile: '13957912345' },
	];
	const cities = ['深圳', '杭州', '温州', '东莞', '泉州'];
	for (const city of cities) {
		sellers.push({
			sellerOpenId: `BBB${random.chars(22, BASE64URL.slice(0, 62))}`, loginId: `${city}优品工厂`,
			companyName: `${city}优品实业有限公司`, contactName: '李明', mobile: `13${random.digits(9)}`,
		});
	}
	return sellers;
}

function specs(random: Random, price: number, attribute: string, values: string[]) {
	return values.map((value, i) => ({
		specId: random.chars(32, HEX), skuId: random.digits(13), price: price + i * 50,
		amountOnSale: random.int(100, 50000), attributes: [{ name: attribute, value }],
	}));
}

export function createAlibabaOffers(random: Random, sellers: Seller[], count: number): AlibabaOffer[] {
	const offers: AlibabaOffer[] = [
		{
			offerId: '743470146022', offerMapId: 'L0PTnwSnx_dWNZWCtgK7Gg',
			subject: '2024春季新款女包斜跨大容量包包女时尚手提托特包尼龙布单肩包潮',
			subjectTrans: '2024 spring new women bag crossbody large capacity fashion tote nylon shoulder bag',
			categoryId: 1042754, imageUrl: 'http://cbu01.alicdn.com/img/ibank/O1CN01XM0H0F1Bs32yWFMfl_!!0-0-cib.jpg',
			sellerOpenId: sellers[0].sellerOpenId, unit: '件', minOrderQuantity: 1, price: 1900, shippingFee: 400,
			monthSold: 1520, repurchaseRate: '12%', productCargoNumber: '8089',
			specs: [
				{ specId: 'e61a85a671bb3d0301d0412b51641c6b', skuId: '5129230517256', price: 1900, amountOnSale: 999, attributes: [{ name: '颜色', value: '奶油紫' }] },
				...specs(random, 1900, '颜色', ['黑色', '米白']),
			],
		},
		{
			offerId: '706627393257', offerMapId: 'f6vE-dfY1NV37oG_fz9WSA',
			subject: 'PVC插页文件夹A4加厚活页本文件夹防水外壳学生试卷收纳档案夹',
			subjectTrans: 'PVC insert folder A4 thickened loose-leaf book folder waterproof shell student examination paper storage file folder',
			categoryId: 1033054, imageUrl: img(random, 'cbu01.alicdn.com'), sellerOpenId: sellers[1].sellerOpenId,
			unit: '个', minOrderQuantity: 2, price: 350, shippingFee: 300, monthSold: 8800, repurchaseRate: '25%',
			productCargoNumber: 'A4-20', specs: specs(random, 350, '规格', ['20页', '40页', '60页']),
		},
	];
	while (offers.length < count) {
		const [zh, en] = random.pick(ALIBABA_WORDS);
		const adjective = random.pick(ADJECTIVES);
		const price = random.int(2, 200) * 100 + random.pick([0, 50, 99]);
		offers.push({
			offerId: `6${random.digits(11)}`, offerMapId: random.chars(22, BASE64URL), subject: `${adjective}${zh}批发`,
			subjectTrans: `${en} wholesale`, categoryId: random.int(1000, 1050000), imageUrl: img(random, 'cbu01.alicdn.com'),
			sellerOpenId: random.pick(sellers).sellerOpenId, unit: random.pick(['件', '个', '双', '条']),
			minOrderQuantity: random.pick([1, 2, 5, 10]), price, shippingFee: random.pick([0, 300, 400, 600, 800]),
			monthSold: random.int(0, 20000), repurchaseRate: `${random.int(1, 60)}%`, productCargoNumber: random.digits(4),
			specs: specs(random, price, '颜色', COLORS.slice(0, random.int(2, 4))),
		});
	}
	return offers;
}
