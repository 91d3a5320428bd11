/**
 * Fake Excel.Chart and its parts (series, axes, title, legend, data labels). Writes are queued
 * and applied at sync; a new chart starts with displayBlanksAs "Zero" so a renderer that forgets
 * to set "NotPlotted" is caught.
 */
import { FakeContext, FakeProxy } from './fake-context';
import { FakeRange } from './fake-range';
import { FakeOfficeError, parseLocalAddress, localAddress, type FakeAxis, type FakeChart, type FakeSeries, type FakeSheet } from './fake-state';

type ChartResolver = () => { sheet: FakeSheet; chart: FakeChart };

function newAxis(): FakeAxis {
  return { title: null, titleVisible: false, numberFormat: null, reversePlotOrder: false };
}

function newSeries(name: string): FakeSeries {
  return { name, chartType: null, axisGroup: 'Primary', values: null, xValues: null, lineColor: null, lineStyle: null, fillColor: null, hasDataLabels: false };
}

/** The series Excel creates from a chart's source data: one per row or per column. */
function inferSeries(source: FakeRange, seriesBy: string | undefined): FakeSeries[] {
  const ref = source.toRef();
  const rows = ref.lastRow - ref.firstRow + 1;
  const cols = ref.lastCol - ref.firstCol + 1;
  const byRows = seriesBy === 'Rows' || ((seriesBy === undefined || seriesBy === 'Auto') && rows <= cols);
  const count = byRows ? rows : cols;
  return Array.from({ length: count }, (_, i) => {
    const series = newSeries(`Series${i + 1}`);
    series.values = byRows
      ? { ...ref, firstRow: ref.firstRow + i, lastRow: ref.firstRow + i }
      : { ...ref, firstCol: ref.firstCol + i, lastCol: ref.firstCol + i };
    return series;
  });
}

export function createChart(id: string, type: string, source: FakeRange, seriesBy: string | undefined): FakeChart {
  return {
    id,
    name: id,
    chartType: type,
    title: '',
    titleVisible: false,
    titleSubstrings: [],
    legendVisible: true,
    legendPosition: null,
    dataLabelsShowValue: false,
    dataLabelsNumberFormat: null,
    displayBlanksAs: 'Zero',
    axes: { 'Category/Primary': newAxis(), 'Value/Primary': newAxis(), 'Value/Secondary': newAxis() },
    series: inferSeries(source, seriesBy),
    positionCell: null,
    top: 0,
    left: 0,
    width: 360,
    height: 216,
  };
}

export class FakeChartProxy extends FakeProxy {
  private cached: { sheet: FakeSheet; chart: FakeChart } | undefined;
  readonly title: FakeChartTitle;
  readonly legend: FakeChartPart;
  readonly dataLabels: FakeChartPart;
  readonly axes: FakeChartAxes;
  readonly series: FakeSeriesCollection;

  constructor(context: FakeContext, describe: string, private readonly resolver: ChartResolver) {
    super(context, describe);
    this.title = new FakeChartTitle(this);
    this.legend = new FakeChartPart(this, 'legend', { visible: 'legendVisible', position: 'legendPosition' });
    this.dataLabels = new FakeChartPart(this, 'dataLabels', { showValue: 'dataLabelsShowValue', numberFormat: 'dataLabelsNumberFormat' });
    this.axes = new FakeChartAxes(this);
    this.series = new FakeSeriesCollection(this);
  }

  resolve(): { sheet: FakeSheet; chart: FakeChart } {
    this.cached ??= this.resolver();
    if (!this.cached.sheet.charts.includes(this.cached.chart)) throw new FakeOfficeError('ItemNotFound', `${this.describe} was deleted`);
    return this.cached;
  }

  /** Queues a change of the chart's plain data. */
  change(member: string, payload: unknown, update: (chart: FakeChart, sheet: FakeSheet) => void): void {
    this.context.enqueue('set', this.describe, member, payload, () => {
      const { chart, sheet } = this.resolve();
      update(chart, sheet);
    });
  }

  get fakeContext(): FakeContext {
    return this.context;
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.change('name', value, (chart) => {
      chart.name = value;
    });
  }
  get chartType(): string {
    return this.read('chartType');
  }
  set chartType(value: string) {
    this.change('chartType', value, (chart) => {
      chart.chartType = value;
    });
  }
  get displayBlanksAs(): string {
    return this.read('displayBlanksAs');
  }
  set displayBlanksAs(value: string) {
    this.change('displayBlanksAs', value, (chart) => {
      chart.displayBlanksAs = value;
    });
  }
  get top(): number {
    return this.read('top');
  }
  set top(value: number) {
    this.change('top', value, (chart) => {
      chart.top = value;
    });
  }
  get left(): number {
    return this.read('left');
  }
  set left(value: number) {
    this.change('left', value, (chart) => {
      chart.left = value;
    });
  }
  get width(): number {
    return this.read('width');
  }
  set width(value: number) {
    this.change('width', value, (chart) => {
      chart.width = value;
    });
  }
  get height(): number {
    return this.read('height');
  }
  set height(value: number) {
    this.change('height', value, (chart) => {
      chart.height = value;
    });
  }

  setPosition(startCell: string | FakeRange, endCell?: string | FakeRange): void {
    this.change('setPosition', [String(startCell), endCell === undefined ? null : String(endCell)], (chart) => {
      if (typeof startCell === 'string') {
        const a = parseLocalAddress(startCell);
        chart.positionCell = localAddress(a.firstRow, a.firstCol, a.firstRow, a.firstCol);
      } else {
        const r = startCell.toRef();
        chart.positionCell = localAddress(r.firstRow, r.firstCol, r.firstRow, r.firstCol);
      }
    });
  }

  delete(): void {
    this.context.enqueue('call', this.describe, 'delete', null, () => {
      const { sheet, chart } = this.resolve();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }

  protected defaultLoadProperties(): string[] {
    return ['name', 'chartType', 'displayBlanksAs', 'top', 'left', 'width', 'height'];
  }

  protected snapshotProperty(property: string): unknown {
    const { chart } = this.resolve();
    if (!(property in chart)) throw new FakeOfficeError('InvalidArgument', `the fake Chart cannot load '${property}'`);
    return (chart as unknown as Record<string, unknown>)[property];
  }
}

/** A chart part whose properties map onto fields of the chart's plain data. */
class FakeChartPart {
  constructor(private readonly chart: FakeChartProxy, private readonly path: string, fields: Record<string, keyof FakeChart>) {
    for (const [property, field] of Object.entries(fields)) {
      Object.defineProperty(this, property, {
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `${this.path}.${property} was not loaded`);
        },
        set: (value: unknown) =>
          this.chart.change(`${this.path}.${property}`, value, (c) => {
            (c as unknown as Record<string, unknown>)[field] = value;
          }),
        enumerable: true,
      });
    }
  }
}

class FakeChartTitle {
  readonly format: { font: Record<string, unknown> };

  constructor(private readonly chart: FakeChartProxy) {
    this.format = { font: fontSink(chart, 'title.format.font') };
  }

  get text(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'title.text was not loaded');
  }
  set text(value: string) {
    this.chart.change('title.text', value, (c) => {
      c.title = value;
      c.titleVisible = true;
    });
  }
  get visible(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'title.visible was not loaded');
  }
  set visible(value: boolean) {
    this.chart.change('title.visible', value, (c) => {
      c.titleVisible = value;
    });
  }

  getSubstring(start: number, length: number): { font: Record<string, unknown> } {
    const chartRef = this.chart;
    const entry: { start: number; length: number; size?: number; italic?: boolean } = { start, length };
    let added = false;
    const record = (c: FakeChart) => {
      if (!added) {
        c.titleSubstrings.push(entry);
        added = true;
      }
    };
    const font = {
      set size(value: number) {
        chartRef.change('title.getSubstring.font.size', value, (c) => {
          record(c);
          entry.size = value;
        });
      },
      set italic(value: boolean) {
        chartRef.change('title.getSubstring.font.italic', value, (c) => {
          record(c);
          entry.italic = value;
        });
      },
    };
    return { font };
  }
}

/** Font settings that the fake accepts and ignores (they have no bearing on tests). */
function fontSink(chart: FakeChartProxy, path: string): Record<string, unknown> {
  const sink: Record<string, unknown> = {};
  for (const property of ['bold', 'italic', 'size', 'color', 'name']) {
    Object.defineProperty(sink, property, {
      set: (value: unknown) => chart.change(`${path}.${property}`, value, () => undefined),
      get: () => {
        throw new FakeOfficeError('PropertyNotLoaded', `${path}.${property} was not loaded`);
      },
    });
  }
  return sink;
}

class FakeChartAxes {
  readonly categoryAxis: FakeChartAxis;
  readonly valueAxis: FakeChartAxis;

  constructor(private readonly chart: FakeChartProxy) {
    this.categoryAxis = new FakeChartAxis(chart, 'Category/Primary');
    this.valueAxis = new FakeChartAxis(chart, 'Value/Primary');
  }

  getItem(type: string, group?: string): FakeChartAxis {
    return new FakeChartAxis(this.chart, `${type}/${group ?? 'Primary'}`);
  }
}

class FakeChartAxis {
  readonly title: { text: string; visible: boolean };

  constructor(private readonly chart: FakeChartProxy, private readonly key: string) {
    const axisOf = (c: FakeChart): FakeAxis => {
      const axis = c.axes[key];
      if (!axis) throw new FakeOfficeError('ItemNotFound', `axis ${key}`);
      return axis;
    };
    this.title = {} as { text: string; visible: boolean };
    Object.defineProperty(this.title, 'text', {
      set: (value: string) =>
        chart.change(`axes(${key}).title.text`, value, (c) => {
          axisOf(c).title = value;
          axisOf(c).titleVisible = true;
        }),
      get: () => {
        throw new FakeOfficeError('PropertyNotLoaded', 'axis title text was not loaded');
      },
    });
    Object.defineProperty(this.title, 'visible', {
      set: (value: boolean) =>
        chart.change(`axes(${key}).title.visible`, value, (c) => {
          axisOf(c).titleVisible = value;
        }),
      get: () => {
        throw new FakeOfficeError('PropertyNotLoaded', 'axis title visible was not loaded');
      },
    });
    this.axisOf = axisOf;
  }

  private readonly axisOf: (c: FakeChart) => FakeAxis;

  set numberFormat(value: string) {
    this.chart.change(`axes(${this.key}).numberFormat`, value, (c) => {
      this.axisOf(c).numberFormat = value;
    });
  }
  get numberFormat(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'axis numberFormat was not loaded');
  }
  set reversePlotOrder(value: boolean) {
    this.chart.change(`axes(${this.key}).reversePlotOrder`, value, (c) => {
      this.axisOf(c).reversePlotOrder = value;
    });
  }
  get reversePlotOrder(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'axis reversePlotOrder was not loaded');
  }
  set minimum(value: number) {
    this.chart.change(`axes(${this.key}).minimum`, value, (c) => {
      this.axisOf(c).minimum = value;
    });
  }
  get minimum(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'axis minimum was not loaded');
  }
  set maximum(value: number) {
    this.chart.change(`axes(${this.key}).maximum`, value, (c) => {
      this.axisOf(c).maximum = value;
    });
  }
  get maximum(): number {
    throw new FakeOfficeError('PropertyNotLoaded', 'axis maximum was not loaded');
  }
}

class FakeSeriesCollection extends FakeProxy {
  constructor(private readonly chart: FakeChartProxy) {
    super(chart.fakeContext, `${chart.describe}/series`);
  }

  add(name?: string, index?: number): FakeSeriesProxy {
    let created: FakeSeries | undefined;
    this.chart.change('series.add', [name ?? null, index ?? null], (c) => {
      created = newSeries(name ?? `Series${c.series.length + 1}`);
      c.series.splice(index ?? c.series.length, 0, created);
    });
    return new FakeSeriesProxy(this.chart, `${this.describe}/add(${name ?? ''})`, () => {
      if (!created) throw new FakeOfficeError('InvalidObjectPath', 'series not created');
      return created;
    });
  }

  getItemAt(index: number): FakeSeriesProxy {
    return new FakeSeriesProxy(this.chart, `${this.describe}/at(${index})`, () => {
      const series = this.chart.resolve().chart.series[index];
      if (!series) throw new FakeOfficeError('ItemNotFound', `series ${index}`);
      return series;
    });
  }

  get count(): number {
    return this.read('count');
  }

  protected defaultLoadProperties(): string[] {
    return ['count'];
  }

  protected snapshotProperty(property: string): unknown {
    if (property !== 'count') throw new FakeOfficeError('InvalidArgument', `the fake series collection cannot load '${property}'`);
    return this.chart.resolve().chart.series.length;
  }
}

class FakeSeriesProxy {
  private cached: FakeSeries | undefined;
  readonly format: { line: { color: string; lineStyle: string }; fill: { setSolidColor(color: string): void } };

  constructor(private readonly chart: FakeChartProxy, readonly describe: string, private readonly resolver: () => FakeSeries) {
    const series = () => (this.cached ??= this.resolver());
    const line = {} as { color: string; lineStyle: string };
    for (const [property, field] of [['color', 'lineColor'], ['lineStyle', 'lineStyle']] as const) {
      Object.defineProperty(line, property, {
        set: (value: string) =>
          chart.change(`${describe}.format.line.${property}`, value, () => {
            series()[field] = value;
          }),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `line.${property} was not loaded`);
        },
      });
    }
    this.format = {
      line,
      fill: {
        setSolidColor: (color: string) =>
          chart.change(`${describe}.format.fill.setSolidColor`, color, () => {
            series().fillColor = color;
          }),
      },
    };
    this.series = series;
  }

  private readonly series: () => FakeSeries;

  private set<K extends keyof FakeSeries>(field: K, value: FakeSeries[K]): void {
    this.chart.change(`${this.describe}.${field}`, value, () => {
      this.series()[field] = value;
    });
  }

  set name(value: string) {
    this.set('name', value);
  }
  get name(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'series.name was not loaded');
  }
  set chartType(value: string) {
    this.set('chartType', value);
  }
  get chartType(): string {
    throw new FakeOfficeError('PropertyNotLoaded', 'series.chartType was not loaded');
  }
  set axisGroup(value: 'Primary' | 'Secondary') {
    this.set('axisGroup', value);
  }
  get axisGroup(): 'Primary' | 'Secondary' {
    throw new FakeOfficeError('PropertyNotLoaded', 'series.axisGroup was not loaded');
  }
  set hasDataLabels(value: boolean) {
    this.set('hasDataLabels', value);
  }

  private setMarker(field: 'style' | 'size' | 'background' | 'foreground', member: string, value: string | number): void {
    this.chart.change(`${this.describe}.${member}`, value, () => {
      const series = this.series();
      series.marker = { ...series.marker, [field]: value };
    });
  }
  set markerStyle(value: string) {
    this.setMarker('style', 'markerStyle', value);
  }
  set markerSize(value: number) {
    this.setMarker('size', 'markerSize', value);
  }
  set markerBackgroundColor(value: string) {
    this.setMarker('background', 'markerBackgroundColor', value);
  }
  set markerForegroundColor(value: string) {
    this.setMarker('foreground', 'markerForegroundColor', value);
  }

  /** points.getItemAt(i).format.fill.setSolidColor only: per-point colours. */
  get points(): { getItemAt(index: number): { format: { fill: { setSolidColor(color: string): void } } } } {
    return {
      getItemAt: (index: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.chart.change(`${this.describe}.points(${index}).format.fill.setSolidColor`, color, () => {
                const series = this.series();
                series.pointColors = { ...series.pointColors, [index]: color };
              }),
          },
        },
      }),
    };
  }
  get hasDataLabels(): boolean {
    throw new FakeOfficeError('PropertyNotLoaded', 'series.hasDataLabels was not loaded');
  }

  setValues(source: FakeRange): void {
    this.chart.change(`${this.describe}.setValues`, source.describe, () => {
      this.series().values = source.toRef();
    });
  }

  setXAxisValues(source: FakeRange): void {
    this.chart.change(`${this.describe}.setXAxisValues`, source.describe, () => {
      this.series().xValues = source.toRef();
    });
  }

  delete(): void {
    this.chart.change(`${this.describe}.delete`, null, (c) => {
      c.series = c.series.filter((s) => s !== this.series());
    });
  }
}
