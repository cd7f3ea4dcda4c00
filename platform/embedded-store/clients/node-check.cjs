// Checks that the current Node.js MongoDB driver works against a running store, as mongosh and
// Compass (both built on it) would use it. Needs the driver once, outside the project:
//   mkdir -p /tmp/node-mongo && (cd /tmp/node-mongo && npm install mongodb@6.8.0)
//   NODE_PATH=/tmp/node-mongo/node_modules node platform/embedded-store/clients/node-check.cjs mongodb://localhost:27017
// Writes and drops one collection in the database "node-check"; prints "ok" at the end.
const { MongoClient } = require('mongodb');

async function main() {
  const uri = process.argv[2] || 'mongodb://localhost:27017';
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  await client.connect();
  try {
    const admin = client.db('admin');
    const hello = await admin.command({ isMaster: 1 });
    const build = await admin.command({ buildInfo: 1 });
    console.log(`server ${build.version}, wire version ${hello.maxWireVersion}`);
    const databases = await admin.command({ listDatabases: 1 });
    console.log(`databases: ${databases.databases.map((d) => d.name).join(', ')}`);
    const things = client.db('node-check').collection('things');
    await things.insertOne({ _id: 'a', version: 1 });
    await things.insertMany([{ _id: 'b', version: 1 }, { _id: 'c', version: 2 }]);
    const updated = await things.updateOne({ _id: 'a', version: { $lt: 2 } }, { $inc: { version: 1 } });
    const found = await things.find({ version: 2 }).sort({ _id: 1 }).toArray();
    const counted = await things.countDocuments({});
    const estimated = await things.estimatedDocumentCount();
    const grouped = await things.aggregate([{ $group: { _id: '$version', n: { $sum: 1 } } }]).toArray();
    const collections = await client.db('node-check').listCollections().toArray();
    await things.drop();
    const expect = (what, ok) => { if (!ok) { throw new Error(`unexpected ${what}`); } };
    expect('update', updated.modifiedCount === 1);
    expect('find', found.map((d) => d._id).join() === 'a,c');
    expect('count', counted === 3 && estimated === 3);
    expect('aggregate', grouped.length === 2);
    expect('listCollections', collections.some((c) => c.name === 'things'));
    console.log('ok');
  } finally {
    await client.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
