// Seeds a demo conversation for docs/screenshots/make.sh: bob, carol, dave and erin chat in
// #general, #design and #release, alice has read part of #general, carol writes to alice
// directly, and bob is away. The connections stay open (people show as online) until the
// script is stopped. What the screenshots need from it:
//   - messages after alice's read marker, two of them naming her (the "New messages" line, the
//     red badges, and something for the Mentions window to list);
//   - "release notes" in exactly one message (the Search window's one result);
//   - more unread messages in #release than fit on screen (the room opens at the New messages
//     line, and the "N new messages since HH:MM" bar shows once scrolled to the bottom);
//   - emoji with a skin tone, a U+FE0F variation selector and a flag, to show they are drawn
//     in colour.
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

// Sends a message, and gives the server a moment: messages from different connections would
// otherwise reach the log in any order.
function say(ws, room, text, kind) {
    ws.send(JSON.stringify({type: 'send', id: id(), room, text, ...(kind ? {kind} : {})}));
    return wait(30);
}

const [bob] = await client('bob');
const [carol] = await client('carol');
const [dave] = await client('dave');
for (const ws of [bob, carol])
    ws.send(JSON.stringify({type: 'join', room: 'design'}));
for (const ws of [bob, dave])
    ws.send(JSON.stringify({type: 'join', room: 'release'}));
await wait(200);
await say(bob, 'general', 'Lunch orders by 11:30 · build status on the wiki', 'topic');
await say(bob, 'general', 'Morning all! The build server is back up.');
await say(carol, 'general', 'is making coffee ☕', 'action');
await say(dave, 'general', 'Thanks bob. Nightly builds are green again 🎉');
await wait(200);

// alice reads up to here, then goes away for a while.
const [alice, welcome] = await client('alice');
alice.send(JSON.stringify({type: 'join', room: 'design'}));
alice.send(JSON.stringify({type: 'join', room: 'release'}));
await wait(300);
await say(alice, 'general', 'Great news, thanks! 👍🏽');
await wait(300);
const general = welcome.rooms.find((room) => room.name === 'general');
alice.send(JSON.stringify({type: 'read', room: 'general', seq: general.lastSeq + 1}));
await wait(300);
alice.close();
await wait(300);

const [erin] = await client('erin');
await say(erin, 'general', 'Back from the trade fair in Berlin 🇩🇪 The demo went down really well ❤️');
await say(bob, 'general', 'I added the installer changes to the notes.\nThe Windows build needs a second look.');
await say(carol, 'general', 'alice, can you review the release notes before lunch? https://wiki.lan/release-2.3');
await say(dave, 'general', 'Who is in for the 14:00 demo?');
await say(bob, 'design', 'New mockups are in the shared folder.');
await say(carol, 'design', '@alice the new tray icons are ready for you to look at 👀');
await say(dave, 'release', 'Release 2.3 is tagged. Smoke tests on every lab machine, please.');
// Far more than fit on screen.
const platforms = ['Windows 11', 'Ubuntu 24.04', 'macOS 14', 'Debian 12'];
const results = ['all good ✅', 'installer ok, chat ok 👍', 'ok, slow first start',
                 'ok', 'tray icon missing, filed #412'];
for (let i = 1; i <= 40; ++i) {
    const machine = `lab-pc-${String(i).padStart(2, '0')}`;
    await say(i % 3 ? dave : bob, 'release',
        `${machine} (${platforms[i % platforms.length]}): ${results[i % results.length]}`);
}
await wait(200);
bob.send(JSON.stringify({type: 'status', status: 'away'}));
await wait(200);

// A direct message from carol to alice.
carol.on('message', async (data) => {
    const message = JSON.parse(data);
    if (message.type === 'joined' && message.room.peer === 'alice') {
        await say(carol, message.room.name, 'Got a minute after the demo? Coffee is on me ☕');
        await say(carol, message.room.name, 'I kept you a seat by the window 🙂');
    }
});
carol.send(JSON.stringify({type: 'join', room: '@alice'}));
await wait(300);
console.log('seeded');
setInterval(() => {}, 60000); // stay connected until killed
