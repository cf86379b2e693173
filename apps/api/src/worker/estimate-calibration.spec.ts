import { describe, expect, it } from 'vitest';
import { EstimateCalibration } from './estimate-calibration.js';

describe('EstimateCalibration', () => {
  it('charges the raw estimate until a call has reported its usage', () => {
    expect(new EstimateCalibration().apply(500)).toBe(500);
  });

  it('converges on the ratio of reported usage to the estimate', () => {
    const calibration = new EstimateCalibration(0.2);
    for (let i = 0; i < 50; i++) calibration.observe(400, 560);
    expect(calibration.factor).toBeCloseTo(1.4, 3);
    expect(calibration.apply(400)).toBe(560);
  });

  it('moves a step per call and ignores calls without usage', () => {
    const calibration = new EstimateCalibration(0.5);
    calibration.observe(100, 200);
    expect(calibration.factor).toBe(1.5);
    calibration.observe(100, 0);
    calibration.observe(0, 100);
    expect(calibration.factor).toBe(1.5);
  });

  it('bounds the ratio, so one odd report cannot swing the budget far', () => {
    const calibration = new EstimateCalibration(1, 4);
    calibration.observe(100, 100_000);
    expect(calibration.factor).toBe(4);
    calibration.observe(100_000, 1);
    expect(calibration.factor).toBe(0.25);
  });
});
