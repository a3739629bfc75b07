// DeliveryLog: one contract, two implementations (in memory; Firestore on the embedded emulator, where the races are
// decided by create() preconditions).
import { describe } from 'vitest';
import { FirestoreDeliveryLog } from '../../../../functions/adapters/firestore/delivery-log';
import { deliveryLogContract } from '../../../support/contracts/delivery-log';
import { emulatorDb } from '../../../support/contracts/emulator-db';
import { MemoryDeliveryLog } from '../../../support/memory/delivery-log';

const db = emulatorDb('demo-mail');

describe('MemoryDeliveryLog', () => deliveryLogContract(() => new MemoryDeliveryLog()));
describe('FirestoreDeliveryLog', () => deliveryLogContract(() => new FirestoreDeliveryLog(db())));
