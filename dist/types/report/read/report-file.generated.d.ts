export declare const checkReportFileShape: typeof validate21;
declare function validate21(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export {};
