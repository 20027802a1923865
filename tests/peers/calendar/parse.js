'use strict';
// Reads an iCalendar file with ical.js (an RFC 5545 parser independent of the bot's Ical.Net) and prints what a
// calendar would import, as JSON: the calendar's name and each event with its start, end and alarms.
// Usage: node parse.js <file.ics>. Exits 1 with the parser's message on a file it cannot read.
const fs = require('fs');
const ICAL = require('ical.js');

const file = process.argv[2];
if (!file) {
  console.error('usage: node parse.js <file.ics>');
  process.exit(2);
}

const value = (time) => (time ? (time.isDate ? time.toString() : time.toJSDate().toISOString()) : null);

try {
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = vevent.getFirstPropertyValue('dtstart');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: start.isDate,
      start: value(start),
      end: value(vevent.getFirstPropertyValue('dtend')),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: alarm.getFirstPropertyValue('action'),
        trigger: String(alarm.getFirstPropertyValue('trigger')),
        description: alarm.getFirstPropertyValue('description'),
      })),
    };
  });
  console.log(JSON.stringify({
    version: calendar.getFirstPropertyValue('version'),
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events,
  }));
} catch (error) {
  console.error(`not a readable calendar: ${error && error.message}`);
  process.exit(1);
}
