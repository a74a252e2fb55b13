// Seeds a demo conversation for docs/screenshots/make.sh: bob, carol, dave and erin chat in
// #general, #design and #release, alice has read part of #general, carol writes to alice
// directly, and bob is away. The connections stay open (people show as online) until the
// script is stopped.
//   node docs/screenshots/seed.mjs ws://127.0.0.1:PORT/
import WebSocket from '../../tests/interop/node_modules/ws/index.js';

const url = process.argv[2];
const id = () => crypto.randomUUID();
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function client(nick) {
    return new Promise((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.on('error', reject);
        ws.on('open', () => ws.send(JSON.stringify({type: 'hello', protocol: 1, nick})));
        ws.on('message', (data) => {
            const message = JSON.parse(data);
            if (message.type === 'welcome')
                resolve([ws, message]);
        });
    });
}

function say(ws, room, text, kind) {
    ws.send(JSON.stringify({type: 'send', id: id(), room, text, ...(kind ? {kind} : {})}));
}

const [bob] = await client('bob');
const [carol] = await client('carol');
const [dave] = await client('dave');
for (const ws of [bob, carol])
    ws.send(JSON.stringify({type: 'join', room: 'design'}));
dave.send(JSON.stringify({type: 'join', room: 'release'}));
await wait(200);
say(bob, 'general', 'Lunch orders by 11:30 · build status on the wiki', 'topic');
say(bob, 'general', 'Morning all! The build server is back up.');
say(carol, 'general', 'is making coffee', 'action');
say(dave, 'general', 'Thanks bob. Nightly builds are green again.');
await wait(200);

// alice reads up to here, then goes away for a while.
const [alice, welcome] = await client('alice');
alice.send(JSON.stringify({type: 'join', room: 'design'}));
alice.send(JSON.stringify({type: 'join', room: 'release'}));
await wait(300);
say(alice, 'general', 'Great news, thanks!');
await wait(300);
const general = welcome.rooms.find((room) => room.name === 'general');
alice.send(JSON.stringify({type: 'read', room: 'general', seq: general.lastSeq + 1}));
await wait(300);
alice.close();
await wait(300);

say(carol, 'general', 'alice, can you review the release notes before lunch? https://wiki.lan/release-2.3');
say(bob, 'general', 'I added the installer changes to the notes.\nThe Windows build needs a second look.');
say(dave, 'general', 'Who is in for the 14:00 demo?');
say(bob, 'design', 'New mockups are in the shared folder.');
say(carol, 'design', 'The dark theme looks great on the sidebar.');
say(dave, 'release', 'Release 2.3 is tagged.');
bob.send(JSON.stringify({type: 'status', status: 'away'}));
await client('erin');
await wait(200);

// A direct message from carol to alice.
carol.on('message', (data) => {
    const message = JSON.parse(data);
    if (message.type === 'joined' && message.room.peer === 'alice')
        say(carol, message.room.name, 'Got a minute after the demo? Coffee is on me.');
});
carol.send(JSON.stringify({type: 'join', room: '@alice'}));
await wait(300);
console.log('seeded');
setInterval(() => {}, 60000); // stay connected until killed
