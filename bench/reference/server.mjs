// The reference for bench/run: the chat server of the Node.js tutorials Palaver grew from.
// Every message is sent to every connected client, the sender included, as it came; nothing
// is checked, numbered, acknowledged or stored. Usage: node server.mjs PORT
import { WebSocketServer, WebSocket } from 'ws';

const port = Number(process.argv[2] ?? 8080);
const wss = new WebSocketServer({ host: '127.0.0.1', port });
wss.on('connection', (ws) => {
    ws.on('message', (data, isBinary) => {
        wss.clients.forEach((client) => {
            if (client.readyState === WebSocket.OPEN)
                client.send(data, { binary: isBinary });
        });
    });
});
wss.on('listening', () => console.log(`listening on ws://127.0.0.1:${wss.address().port}/`));
