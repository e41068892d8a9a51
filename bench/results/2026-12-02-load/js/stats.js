var stats = {
    type: "GROUP",
name: "All Requests",
path: "",
pathFormatted: "group_missing-name--1146707516",
stats: {
    "name": "All Requests",
    "numberOfRequests": {
        "total": "18315",
        "ok": "18315",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "12744",
        "ok": "12744",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2361",
        "ok": "2361",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1121",
        "ok": "1121",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2179",
        "ok": "2179",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2741",
        "ok": "2741",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4260",
        "ok": "4259",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6591",
        "ok": "6591",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 874,
    "percentage": 4.772044772044772
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 594,
    "percentage": 3.2432432432432434
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 16847,
    "percentage": 91.98471198471199
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "138.75",
        "ok": "138.75",
        "ko": "-"
    }
},
contents: {
"group_push-3452698": {
          type: "GROUP",
name: "push",
path: "push",
pathFormatted: "group_push-3452698",
stats: {
    "name": "push",
    "numberOfRequests": {
        "total": "455",
        "ok": "455",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "41",
        "ok": "41",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "29379",
        "ok": "29379",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "14331",
        "ok": "14331",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "5679",
        "ok": "5679",
        "ko": "-"
    },
    "percentiles1": {
        "total": "13975",
        "ok": "13975",
        "ko": "-"
    },
    "percentiles2": {
        "total": "16519",
        "ok": "16519",
        "ko": "-"
    },
    "percentiles3": {
        "total": "25398",
        "ok": "25398",
        "ko": "-"
    },
    "percentiles4": {
        "total": "28163",
        "ok": "28163",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 7,
    "percentage": 1.5384615384615385
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.6593406593406593
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 445,
    "percentage": 97.8021978021978
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.45",
        "ok": "3.45",
        "ko": "-"
    }
},
contents: {
"req_push--container--69030719": {
        type: "REQUEST",
        name: "push: container",
path: "push / push: container",
pathFormatted: "req_push---push--co--958444726",
stats: {
    "name": "push: container",
    "numberOfRequests": {
        "total": "455",
        "ok": "455",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6842",
        "ok": "6842",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2255",
        "ok": "2255",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1015",
        "ok": "1015",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2107",
        "ok": "2107",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2572",
        "ok": "2572",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4027",
        "ok": "4027",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6467",
        "ok": "6467",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 20,
    "percentage": 4.395604395604396
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 11,
    "percentage": 2.417582417582418
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 424,
    "percentage": 93.18681318681318
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.45",
        "ok": "3.45",
        "ko": "-"
    }
}
    },"req_push--image--795465317": {
        type: "REQUEST",
        name: "push: image",
path: "push / push: image",
pathFormatted: "req_push---push--im-2142336164",
stats: {
    "name": "push: image",
    "numberOfRequests": {
        "total": "450",
        "ok": "450",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "9",
        "ok": "9",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "6653",
        "ok": "6653",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2267",
        "ok": "2267",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "971",
        "ok": "971",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2140",
        "ok": "2140",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2592",
        "ok": "2592",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3894",
        "ok": "3894",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5894",
        "ok": "5894",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 18,
    "percentage": 4.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 14,
    "percentage": 3.111111111111111
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 418,
    "percentage": 92.88888888888889
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.41",
        "ok": "3.41",
        "ko": "-"
    }
}
    },"req_push--upload-ur-1765122672": {
        type: "REQUEST",
        name: "push: upload URL",
path: "push / push: upload URL",
pathFormatted: "req_push---push--up--36907769",
stats: {
    "name": "push: upload URL",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "36",
        "ok": "36",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7376",
        "ok": "7376",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2342",
        "ok": "2342",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "953",
        "ok": "953",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2144",
        "ok": "2144",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2607",
        "ok": "2607",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3800",
        "ok": "3800",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6557",
        "ok": "6557",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 9,
    "percentage": 2.25
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 3,
    "percentage": 0.75
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 388,
    "percentage": 97.0
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--upload-1457034689": {
        type: "REQUEST",
        name: "push: upload",
path: "push / push: upload",
pathFormatted: "req_push---push--up--1960399912",
stats: {
    "name": "push: upload",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "522",
        "ok": "522",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "12744",
        "ok": "12744",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "3604",
        "ok": "3604",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1895",
        "ok": "1895",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2966",
        "ok": "2966",
        "ko": "-"
    },
    "percentiles2": {
        "total": "4332",
        "ok": "4332",
        "ko": "-"
    },
    "percentiles3": {
        "total": "7467",
        "ok": "7467",
        "ko": "-"
    },
    "percentiles4": {
        "total": "10113",
        "ok": "10113",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 1.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 1,
    "percentage": 0.25
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 395,
    "percentage": 98.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--complete--2112435975": {
        type: "REQUEST",
        name: "push: complete",
path: "push / push: complete",
pathFormatted: "req_push---push--co--617106096",
stats: {
    "name": "push: complete",
    "numberOfRequests": {
        "total": "400",
        "ok": "400",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "109",
        "ok": "109",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7337",
        "ok": "7337",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2224",
        "ok": "2224",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "726",
        "ok": "726",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2109",
        "ok": "2109",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2497",
        "ok": "2497",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3465",
        "ok": "3465",
        "ko": "-"
    },
    "percentiles4": {
        "total": "5118",
        "ok": "5118",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 4,
    "percentage": 1.0
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 9,
    "percentage": 2.25
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 387,
    "percentage": 96.75
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.03",
        "ok": "3.03",
        "ko": "-"
    }
}
    },"req_push--tag--805285926": {
        type: "REQUEST",
        name: "push: tag",
path: "push / push: tag",
pathFormatted: "req_push---push--ta--1034630877",
stats: {
    "name": "push: tag",
    "numberOfRequests": {
        "total": "441",
        "ok": "441",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "29",
        "ok": "29",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "8808",
        "ok": "8808",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2736",
        "ok": "2736",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "963",
        "ok": "963",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2671",
        "ok": "2671",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3084",
        "ok": "3084",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4153",
        "ok": "4153",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6269",
        "ok": "6269",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 8,
    "percentage": 1.8140589569160999
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 7,
    "percentage": 1.5873015873015872
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 426,
    "percentage": 96.5986394557823
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "3.34",
        "ok": "3.34",
        "ko": "-"
    }
}
    }
}

     },"req_anonymous-looku-1023686797": {
        type: "REQUEST",
        name: "anonymous lookup",
path: "anonymous lookup",
pathFormatted: "req_anonymous-looku-1023686797",
stats: {
    "name": "anonymous lookup",
    "numberOfRequests": {
        "total": "10196",
        "ok": "10196",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7524",
        "ok": "7524",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2265",
        "ok": "2265",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1035",
        "ok": "1035",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2130",
        "ok": "2130",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2646",
        "ok": "2646",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3855",
        "ok": "3855",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6442",
        "ok": "6447",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 537,
    "percentage": 5.266771282856022
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 358,
    "percentage": 3.511180855237348
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 9301,
    "percentage": 91.22204786190663
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "77.24",
        "ok": "77.24",
        "ko": "-"
    }
}
    },"req_token-lookup--1551966847": {
        type: "REQUEST",
        name: "token lookup",
path: "token lookup",
pathFormatted: "req_token-lookup--1551966847",
stats: {
    "name": "token lookup",
    "numberOfRequests": {
        "total": "2185",
        "ok": "2185",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "3",
        "ok": "3",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7633",
        "ok": "7633",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2291",
        "ok": "2291",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1051",
        "ok": "1051",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2138",
        "ok": "2138",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2638",
        "ok": "2638",
        "ko": "-"
    },
    "percentiles3": {
        "total": "3947",
        "ok": "3947",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6529",
        "ok": "6529",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 109,
    "percentage": 4.9885583524027455
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 81,
    "percentage": 3.7070938215102975
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1995,
    "percentage": 91.30434782608695
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "16.55",
        "ok": "16.55",
        "ko": "-"
    }
}
    },"req_pull-3452485": {
        type: "REQUEST",
        name: "pull",
path: "pull",
pathFormatted: "req_pull-3452485",
stats: {
    "name": "pull",
    "numberOfRequests": {
        "total": "1694",
        "ok": "1694",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "4",
        "ok": "4",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "7914",
        "ok": "7914",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2385",
        "ok": "2385",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1066",
        "ok": "1066",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2254",
        "ok": "2254",
        "ko": "-"
    },
    "percentiles2": {
        "total": "2760",
        "ok": "2760",
        "ko": "-"
    },
    "percentiles3": {
        "total": "4058",
        "ok": "4058",
        "ko": "-"
    },
    "percentiles4": {
        "total": "6772",
        "ok": "6772",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 83,
    "percentage": 4.899645808736717
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 53,
    "percentage": 3.128689492325856
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1558,
    "percentage": 91.97166469893743
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12.83",
        "ok": "12.83",
        "ko": "-"
    }
}
    },"req_pull-redirect-1--765801016": {
        type: "REQUEST",
        name: "pull Redirect 1",
path: "pull Redirect 1",
pathFormatted: "req_pull-redirect-1--765801016",
stats: {
    "name": "pull Redirect 1",
    "numberOfRequests": {
        "total": "1694",
        "ok": "1694",
        "ko": "0"
    },
    "minResponseTime": {
        "total": "2",
        "ok": "2",
        "ko": "-"
    },
    "maxResponseTime": {
        "total": "10130",
        "ok": "10130",
        "ko": "-"
    },
    "meanResponseTime": {
        "total": "2708",
        "ok": "2708",
        "ko": "-"
    },
    "standardDeviation": {
        "total": "1422",
        "ok": "1422",
        "ko": "-"
    },
    "percentiles1": {
        "total": "2452",
        "ok": "2452",
        "ko": "-"
    },
    "percentiles2": {
        "total": "3276",
        "ok": "3276",
        "ko": "-"
    },
    "percentiles3": {
        "total": "5615",
        "ok": "5615",
        "ko": "-"
    },
    "percentiles4": {
        "total": "7975",
        "ok": "7975",
        "ko": "-"
    },
    "group1": {
    "name": "t < 800 ms",
    "htmlName": "t < 800 ms",
    "count": 82,
    "percentage": 4.8406139315230226
},
    "group2": {
    "name": "800 ms <= t < 1200 ms",
    "htmlName": "t >= 800 ms <br> t < 1200 ms",
    "count": 57,
    "percentage": 3.3648170011806373
},
    "group3": {
    "name": "t >= 1200 ms",
    "htmlName": "t >= 1200 ms",
    "count": 1555,
    "percentage": 91.79456906729634
},
    "group4": {
    "name": "failed",
    "htmlName": "failed",
    "count": 0,
    "percentage": 0.0
},
    "meanNumberOfRequestsPerSecond": {
        "total": "12.83",
        "ok": "12.83",
        "ko": "-"
    }
}
    }
}

}

function fillStats(stat){
    $("#numberOfRequests").append(stat.numberOfRequests.total);
    $("#numberOfRequestsOK").append(stat.numberOfRequests.ok);
    $("#numberOfRequestsKO").append(stat.numberOfRequests.ko);

    $("#minResponseTime").append(stat.minResponseTime.total);
    $("#minResponseTimeOK").append(stat.minResponseTime.ok);
    $("#minResponseTimeKO").append(stat.minResponseTime.ko);

    $("#maxResponseTime").append(stat.maxResponseTime.total);
    $("#maxResponseTimeOK").append(stat.maxResponseTime.ok);
    $("#maxResponseTimeKO").append(stat.maxResponseTime.ko);

    $("#meanResponseTime").append(stat.meanResponseTime.total);
    $("#meanResponseTimeOK").append(stat.meanResponseTime.ok);
    $("#meanResponseTimeKO").append(stat.meanResponseTime.ko);

    $("#standardDeviation").append(stat.standardDeviation.total);
    $("#standardDeviationOK").append(stat.standardDeviation.ok);
    $("#standardDeviationKO").append(stat.standardDeviation.ko);

    $("#percentiles1").append(stat.percentiles1.total);
    $("#percentiles1OK").append(stat.percentiles1.ok);
    $("#percentiles1KO").append(stat.percentiles1.ko);

    $("#percentiles2").append(stat.percentiles2.total);
    $("#percentiles2OK").append(stat.percentiles2.ok);
    $("#percentiles2KO").append(stat.percentiles2.ko);

    $("#percentiles3").append(stat.percentiles3.total);
    $("#percentiles3OK").append(stat.percentiles3.ok);
    $("#percentiles3KO").append(stat.percentiles3.ko);

    $("#percentiles4").append(stat.percentiles4.total);
    $("#percentiles4OK").append(stat.percentiles4.ok);
    $("#percentiles4KO").append(stat.percentiles4.ko);

    $("#meanNumberOfRequestsPerSecond").append(stat.meanNumberOfRequestsPerSecond.total);
    $("#meanNumberOfRequestsPerSecondOK").append(stat.meanNumberOfRequestsPerSecond.ok);
    $("#meanNumberOfRequestsPerSecondKO").append(stat.meanNumberOfRequestsPerSecond.ko);
}
