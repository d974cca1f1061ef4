import type { INodeProperties } from 'n8n-workflow';

// Placeholder until the operations of this resource land.
export const description: INodeProperties[] = [];
